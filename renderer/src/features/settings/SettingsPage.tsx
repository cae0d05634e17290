import { useEffect, useState } from 'react';
import { Alert, Space, Tabs } from 'antd';
import { UnitCard } from './UnitCard';
import { AboutCard } from './AboutCard';
import { SecurityCard } from '../security/SecurityCard';
import { AuditLogCard } from '../security/AuditLogCard';
import { SetupCard } from '../setup/SetupCard';
import { CreateBackup, RestoreBackup } from '../backup/BackupCard';
import { SnapshotsCard } from '../backup/SnapshotsCard';
import { clearRestoreNotice, peekRestoreNotice } from '../backup/restoreNotice';

/** 设置: one tab per concern; features add their card here (backups, snapshots …). */
export function SettingsPage({ onSaved }: { onSaved: () => void }) {
  const [restored] = useState(peekRestoreNotice);
  useEffect(clearRestoreNotice, []);
  return (
    <div className="ls-page">
      <div className="ls-page-head">
        <h2 className="ls-page-title">设置</h2>
      </div>
      <Tabs
        defaultActiveKey={new URLSearchParams(window.location.hash.split('?')[1] ?? '').get('tab') ?? 'unit'}
        items={[
          { key: 'unit', label: '单位信息', children: <UnitCard onSaved={onSaved} /> },
          {
            key: 'backup',
            label: '备份与恢复',
            children: (
              <Space direction="vertical" size={16} style={{ width: '100%' }}>
                {restored && <Alert type="success" showIcon closable message={restored} data-testid="restore-done" style={{ maxWidth: 980 }} />}
                <CreateBackup />
                <RestoreBackup />
                <SnapshotsCard />
              </Space>
            ),
          },
          { key: 'lock', label: '应用锁', children: <SecurityCard /> },
          { key: 'audit', label: '操作日志', children: <AuditLogCard /> },
          {
            key: 'about',
            label: '关于',
            children: (
              <Space direction="vertical" size={16} style={{ width: '100%' }}>
                <SetupCard onChanged={onSaved} />
                <AboutCard />
              </Space>
            ),
          },
        ]}
      />
    </div>
  );
}
