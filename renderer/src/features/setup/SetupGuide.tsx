import { useEffect, useState } from 'react';
import { App, Button, Form, Input, Modal, Space, Steps, Typography } from 'antd';
import type { SetupStatus } from '../../../../shared/contract/setup';
import { call } from '../../api/client';
import { useRoute, type RouteKey } from '../../app/routes';

const STEPS: { key: keyof SetupStatus['steps']; title: string; text: string; go?: RouteKey; action?: string }[] = [
  { key: 'unit', title: '单位名称', text: '填写本单位党组织的全称（如“××县人民政府党组”“××小学党支部”），它会出现在签到表、通报和台账的标题中，各页面的称呼（党组成员、支部成员……）也随之而定。' },
  { key: 'members', title: '班子成员', text: '逐个添加班子成员（党组成员、党委委员或支部成员），或从 Excel 名单导入（姓名、职务、党组职务或支部职务、分管领域、所在支部）。', go: 'members', action: '去添加成员' },
  { key: 'plan', title: '年度工作要点', text: '导入本年度《工作要点》（Word、WPS、PDF 或 .txt），程序会找出其中可核查的职责，由您确认。', go: 'plan', action: '去导入工作要点' },
  { key: 'lock', title: '应用锁', text: '设置应用锁密码，离开电脑时他人无法查看或修改台账。', go: 'settings', action: '去设置应用锁' },
  { key: 'backup', title: '备份提醒', text: '请定期把加密备份保存到 U 盘；口令丢失后备份无法打开，请妥善保管。', go: 'settings', action: '去备份' },
];

/** First start: a short guide that can be skipped (this session) or turned off, and resumed from 设置. */
export function SetupGuide({ onChanged }: { onChanged: () => void }) {
  const { message } = App.useApp();
  const go = useRoute((s) => s.go);
  const [status, setStatus] = useState<SetupStatus | null>(null);
  const [hidden, setHidden] = useState(false);
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<{ name: string }>();
  useEffect(() => {
    void call('setup.status', {}).then(setStatus);
  }, []);
  if (!status?.show || hidden) return null;

  const current = Math.max(0, STEPS.findIndex((s) => !status.steps[s.key]));
  const step = STEPS[current]!;
  const refresh = async () => setStatus(await call('setup.status', {}));

  const saveUnit = async ({ name }: { name: string }) => {
    try {
      await call('unit.update', { name, shortName: '' });
      onChanged();
      await refresh();
    } catch (e) {
      message.error((e as Error).message);
    }
  };

  const loadDemo = async () => {
    setBusy(true);
    try {
      const r = await call('demo.load', {});
      message.success(`已载入演示数据（${r.year}年）。可随时在“设置”中清除。`);
      onChanged();
      setHidden(true);
      go('dashboard');
      window.location.reload();
    } catch (e) {
      message.error((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      width={720}
      title="欢迎使用落实 · 党组工作台账"
      onCancel={() => setHidden(true)}
      footer={
        <Space>
          <Button onClick={() => void call('setup.dismiss', { dismissed: true }).then(() => setHidden(true))}>不再显示</Button>
          <Button onClick={() => setHidden(true)}>稍后再说</Button>
        </Space>
      }
    >
      <Steps size="small" current={current} items={STEPS.map((s) => ({ title: s.title, status: status.steps[s.key] ? 'finish' : undefined }))} style={{ margin: '16px 0 24px' }} />
      <Typography.Paragraph>{step.text}</Typography.Paragraph>
      {step.key === 'unit' ? (
        <Form form={form} layout="inline" onFinish={(v) => void saveUnit(v)}>
          <Form.Item name="name" rules={[{ required: true, whitespace: true, message: '请填写单位名称' }, { max: 60, message: '单位名称不能超过60个字' }]} style={{ flex: 1 }}>
            <Input placeholder="例如：××县人民政府党组" aria-label="单位名称" />
          </Form.Item>
          <Button type="primary" htmlType="submit">
            下一步
          </Button>
        </Form>
      ) : (
        <Button
          type="primary"
          onClick={() => {
            setHidden(true);
            go(step.go!);
          }}
        >
          {step.action}
        </Button>
      )}
      <div style={{ marginTop: 28, padding: 12, background: '#faf6f0', borderRadius: 4 }}>
        <Typography.Text strong>想先看看效果？</Typography.Text>
        <Typography.Paragraph type="secondary" style={{ margin: '4px 0 8px' }}>
          载入一个示例县政府党组（成员、示例工作要点、一年的会议），页面顶部会始终标明“演示数据”，体验后可在“设置”中一键清除。
        </Typography.Paragraph>
        <Button loading={busy} onClick={() => void loadDemo()}>
          载入演示数据
        </Button>
      </div>
    </Modal>
  );
}
