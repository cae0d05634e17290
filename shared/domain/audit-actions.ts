// The audit log's action codes in the words a clerk reads (the codes stay in the data and exports).

export const AUDIT_ACTION_LABELS: Record<string, string> = {
  'data.repair': '修复数据文件', 'meetingType.create': '新增会议类型', 'meetingType.update': '修改会议类型',
  'attachment.add': '添加附件', 'attachment.remove': '删除附件', 'attachment.restore': '恢复附件',
  'audit.export': '导出操作日志', 'backup.create': '生成备份', 'backup.restore': '从备份恢复',
  'demo.clear': '清除演示数据', 'demo.generate': '生成演示数据', 'demo.load': '载入演示数据',
  'duty.create': '新增职责', 'duty.delete': '删除职责', 'duty.update': '修改职责',
  'evidence.link': '关联佐证', 'evidence.unlink': '取消关联佐证', 'evidence.clear': '撤销佐证关联',
  'followup.delete': '删除督办事项', 'followup.save': '保存督办事项',
  'keywork.create': '新增重点工作', 'keywork.delete': '删除重点工作', 'keywork.milestone': '保存工作节点', 'keywork.milestone.delete': '删除工作节点',
  'keywork.progress': '登记工作进展', 'keywork.rate': '评价重点工作', 'keywork.restore': '恢复重点工作', 'keywork.update': '修改重点工作',
  'lock.disable': '关闭应用锁', 'lock.idle': '空闲自动锁定', 'lock.lock': '锁定', 'lock.unlock': '解锁', 'lock.setPassword': '设置应用锁密码',
  'meeting.addGuest': '添加列席人员', 'meeting.removeAttendee': '移除参会人员', 'meeting.rollCall': '粘贴点名',
  'meeting.attendance': '登记出勤', 'meeting.create': '新建会议', 'meeting.delete': '删除会议', 'meeting.lock': '锁定会议', 'meeting.restore': '恢复会议',
  'meeting.schedule': '安排全年会议', 'meeting.unlock': '解锁会议', 'meeting.update': '修改会议',
  'member.create': '新增成员', 'member.endTerm': '任职结束', 'member.reinstate': '恢复任职', 'member.reorder': '调整成员排序', 'member.update': '修改成员',
  'plan.create': '导入工作要点', 'plan.replace': '替换工作要点', 'plan.copyFromYear': '从上年复制工作要点', 'plan.updateItem': '修改要点条目',
  'print.sheet': '打印', 'reports.export': '导出报表', 'reports.print': '打印报表',
  'record.create': '新增台账', 'record.delete': '删除台账', 'record.restore': '恢复台账', 'record.update': '修改台账', 'recycle.empty': '清空回收站',
  'settings.update': '修改设置', 'topic.create': '新增议题', 'topic.update': '修改议题', 'topic.delete': '删除议题',
  'unit.update': '修改单位名称', 'year.close': '年度关账', 'year.reopen': '重新打开年度',
};

/** A code not listed yet is shown as it is rather than hidden. */
export const auditActionLabel = (code: string) => AUDIT_ACTION_LABELS[code] ?? code;
