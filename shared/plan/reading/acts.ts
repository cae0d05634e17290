// The verbs that make a clause do something.

// Without a number, a frequency or a time word still makes a duty of one when something is
// done ("每月向上级报送", "年终进行年度评估"); "把学习作为全年主线" does nothing.
// "深入联系点": a visit to one's contact point is the act (RULES §7).
// "每月到联系村不少于2次": a visit to one's contact point is an act of its own (RULES §7).
export const ACTION_VERB = /深入[^，。；]{0,4}?联系点|到(?:所)?联系(?:点|村|社区|单位|企业|支部|乡镇)|召开|开展|组织|举行|举办|进行|报送|上报|报告|汇报|提交|讲|学习(?!重点|计划|内容|专题|篇目|时间|资料|笔记|心得|体会|文章)|研讨|研读|精读|阅读|撰写|检查|评估|评议|考核|总结|谈心|谈话|走访|探望|看望|征求|参加|统计(?!局)|下沉|下村|下乡|下基层|调研|通报|公示|公开|公布|上交|上缴|培训|述职|述责|述廉|督导|慰问|收缴|交纳|缴纳|评选|评定|评比|总评|排名(?!靠|前|后)|表彰|分析|研判|督查|指导|编发|编印|更新|装订|立卷|归档|收看|观看|自学|办[^，。；]{0,6}?实事/;
