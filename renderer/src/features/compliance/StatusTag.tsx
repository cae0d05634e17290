import { Tag } from 'antd';
import { COMPLIANCE_STATUS_LABELS, type ComplianceStatus } from '../../../../shared/compliance/types';

export const STATUS_COLORS: Record<ComplianceStatus, string> = {
  overdue: 'red',
  unassigned: 'purple',
  'due-soon': 'orange',
  'in-progress': 'blue',
  'not-started': 'default',
  done: 'green',
};

export const StatusTag = ({ status }: { status: ComplianceStatus }) => (
  <Tag color={STATUS_COLORS[status]} data-status={status}>
    {COMPLIANCE_STATUS_LABELS[status]}
  </Tag>
);
