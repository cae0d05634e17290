import { useState } from 'react';
import { Alert, App, Button, Input, InputNumber, Modal, Progress, Space, Steps, Tabs, Upload } from 'antd';
import { InboxOutlined } from '@ant-design/icons';
import type { PlanPreview } from '../../../../shared/contract/plan';
import { PLAN_IMPORT_MAX_BYTES } from '../../../../shared/contract/plan';
import type { DutyDraft } from '../../../../shared/domain/duties';
import { keepCorrections } from '../../../../shared/plan/corrections';
import { draftFromClause, extractPlan, type PossibleDuty } from '../../../../shared/plan/extract';
import { mergeItems, splitItem, type ParsedPlan } from '../../../../shared/plan/parse';
import { call, fileToBase64 } from '../../api/client';
import { DutyFormDialog, EMPTY_DRAFT } from './DutyFormDialog';
import { DraftTable } from './DraftTable';
import { PossibleDuties } from './PossibleDuties';
import { SourcePanel } from './SourcePanel';
import { SplitDialog } from './SplitDialog';
import { itemOwnNo } from '../../../../shared/plan/item-label';
import { useJob } from '../backup/useJob';

/**
 * 选择文件 → 核对条目 (merge / split wrongly cut items) → 确认职责 (edit, delete, add) → 保存.
 * Nothing reaches the database before the last step, and an existing plan is replaced only on request.
 */
export function ImportWizard({ defaultYear, onClose }: { defaultYear: number; onClose: (savedYear: number | null) => void }) {
  const { message, modal } = App.useApp();
  const [step, setStep] = useState(0);
  const [year, setYear] = useState<number>(defaultYear);
  const [pasted, setPasted] = useState('');
  const [preview, setPreview] = useState<PlanPreview | null>(null);
  const [plan, setPlan] = useState<ParsedPlan | null>(null);
  const [duties, setDuties] = useState<DutyDraft[]>([]);
  const [possible, setPossible] = useState<PossibleDuty[]>([]);
  const [kept, setKept] = useState(0);
  const [selected, setSelected] = useState<number | null>(null);
  const [sourceItem, setSourceItem] = useState('');
  const [editing, setEditing] = useState<{ index: number | null; duty: DutyDraft } | null>(null);
  const [splitting, setSplitting] = useState<{ s: number; i: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // A large .doc or PDF takes seconds: the clerk sees what is being read (PDF: page by page).
  const reading = useJob<PlanPreview>();
  const [uploading, setUploading] = useState<string | null>(null);

  const parse = async (input: { fileName: string; dataBase64: string } | { text: string }) => {
    setError(null);
    setBusy(true);
    try {
      const p = 'text' in input ? await call('plan.parse', input) : await reading.run(() => call('plan.parseStart', input));
      setPreview(p);
      setPlan(p.plan);
      const forYear = p.inferredYear ?? year;
      if (p.inferredYear) setYear(p.inferredYear);
      // Re-importing the year's plan: the clerk's corrections of last time are shown, not lost.
      const previous = await call('plan.get', { year: forYear }).catch(() => null);
      const carried = keepCorrections(p.plan, p.duties, previous?.duties ?? []);
      setDuties(carried.duties);
      setKept(carried.kept);
      setPossible(p.possible);
      setSelected(null);
      setStep(1);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
      setUploading(null);
      reading.reset();
    }
  };

  const pick = async (f: File) => {
    if (f.size > PLAN_IMPORT_MAX_BYTES) {
      setError(`文件太大（${(f.size / 1024 / 1024).toFixed(1)} MB），工作要点不应超过 ${PLAN_IMPORT_MAX_BYTES / 1024 / 1024} MB，请确认是否选错了文件。`);
      return false;
    }
    setError(null);
    // Shown until the reader reports its first stage (a .doc is read in one go: this is all it says).
    setUploading(`正在读取“${f.name}”（${f.size < 1024 * 1024 ? `${Math.max(1, Math.round(f.size / 1024))} KB` : `${(f.size / 1024 / 1024).toFixed(1)} MB`}）`);
    await parse({ fileName: f.name, dataBase64: await fileToBase64(f) });
    return false;
  };

  /** Structure edits re-propose duties: they are confirmed only in the next step anyway. */
  const restructure = (next: ParsedPlan) => {
    setPlan(next);
    const read = extractPlan(next);
    setDuties(read.duties);
    setPossible(read.possible);
    setSelected(null);
  };
  const makeDuty = (itemNo: string, clause: string) => {
    setDuties([...duties, { ...draftFromClause(itemNo, clause), corrected: true }]);
    setPossible(possible.filter((p) => !(p.item === itemNo && p.source === clause)));
    setSelected(duties.length);
    setSourceItem(itemNo);
  };
  const tryEdit = (f: () => ParsedPlan) => {
    try {
      restructure(f());
    } catch (e) {
      message.error((e as Error).message);
    }
  };

  const save = async (replace: boolean) => {
    if (!plan || !preview) return;
    setBusy(true);
    try {
      await call('plan.save', { year, sourceName: preview.sourceName, plan, duties, replace });
      message.success(`已保存${year}年工作要点和 ${duties.length} 项职责`);
      onClose(year);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const confirmSave = async () => {
    setError(null);
    const existing = await call('plan.existing', { year }).catch(() => null);
    if (!existing) return save(false);
    modal.confirm({
      title: `${year}年已有工作要点`,
      content: `已有“${existing.title}”（${existing.itemCount} 条，${existing.dutyCount} 项职责，导入于 ${existing.importedAt.slice(0, 10)}）。替换后原要点及其职责移入回收站，已登记的会议和台账不受影响。`,
      okText: '替换',
      cancelText: '保留原要点',
      okButtonProps: { danger: true },
      onOk: () => save(true),
      onCancel: () => message.info('已保留原要点，未做任何改动'),
    });
  };

  const itemNos = plan?.sections.flatMap((s) => s.items.map((i) => i.no)).filter(Boolean) ?? [];
  const sourceItems = plan?.sections.flatMap((s) => s.items.map((i) => ({ no: i.no, text: i.text }))) ?? [];
  // Until the clerk picks a row, the first duty's source is the one shown.
  const shown = selected ?? (duties.length > 0 ? 0 : null);
  const current = shown === null ? undefined : duties[shown];
  const shownItem = sourceItem || current?.item || '';
  const itemCount = plan?.sections.reduce((n, s) => n + s.items.length, 0) ?? 0;

  const footer = (
    <Space>
      <Button onClick={() => onClose(null)}>取消</Button>
      {step > 0 && <Button onClick={() => setStep(step - 1)}>上一步</Button>}
      {step === 1 && (
        <Button type="primary" onClick={() => setStep(2)}>
          下一步：确认职责
        </Button>
      )}
      {step === 2 && (
        <Button type="primary" loading={busy} onClick={() => void confirmSave()}>
          保存工作要点和 {duties.length} 项职责
        </Button>
      )}
    </Space>
  );

  return (
    <Modal open width={1100} title="导入工作要点" footer={footer} onCancel={() => onClose(null)} maskClosable={false}>
      <Steps size="small" current={step} style={{ marginBottom: 16 }} items={[{ title: '选择文件' }, { title: '核对条目' }, { title: '确认职责' }]} />
      <Space style={{ marginBottom: 12 }}>
        <span>年度</span>
        <InputNumber aria-label="年度" min={2000} max={2100} value={year} onChange={(v) => v && setYear(v)} />
        {preview && (
          <span style={{ color: '#8c8c8c' }}>
            来源：{preview.sourceName}
            {preview.inferredYear ? `（文中年度 ${preview.inferredYear}）` : ''}
          </span>
        )}
      </Space>
      {error && <Alert style={{ marginBottom: 12 }} type="error" showIcon message={error} data-testid="plan-import-error" />}

      {step === 0 && (
        <Tabs
          items={[
            {
              key: 'file',
              label: '选择文件',
              children: (
                <Upload.Dragger accept=".txt,.docx,.doc,.wps,.pdf" maxCount={1} showUploadList={false} beforeUpload={(f) => pick(f)} disabled={busy}>
                  <p className="ant-upload-drag-icon">
                    <InboxOutlined />
                  </p>
                  <p>点击或拖入工作要点文件（Word .docx/.doc、WPS .wps、PDF 或 .txt）</p>
                  <p style={{ color: '#8c8c8c' }}>纯文本的编码（UTF-8、GBK/GB18030、UTF-16）自动识别；PDF 须有文字层，扫描件请改用原始文件或粘贴正文</p>
                  {uploading && <ReadProgress stage={reading.job?.stage ?? uploading} fraction={reading.job?.fraction ?? 0} />}
                </Upload.Dragger>
              ),
            },
            {
              key: 'paste',
              label: '粘贴正文',
              children: (
                <Space direction="vertical" style={{ width: '100%' }}>
                  <Input.TextArea aria-label="工作要点正文" rows={12} value={pasted} onChange={(e) => setPasted(e.target.value)} placeholder="将工作要点全文粘贴到这里" />
                  <Button type="primary" disabled={!pasted.trim()} loading={busy} onClick={() => void parse({ text: pasted })}>
                    识别
                  </Button>
                </Space>
              ),
            },
          ]}
        />
      )}

      {step === 1 && plan && (
        <div style={{ maxHeight: 520, overflow: 'auto' }} data-testid="plan-preview">
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 12 }}
            message={`${plan.title ? `识别出标题“${plan.title}”、` : '文中没有单独的标题行；识别出'}${plan.sections.length} 个部分、${itemCount} 条。如有条目切分错误，可与下一条合并或拆分。`}
            description={plan.preamble ? `导语：${plan.preamble.slice(0, 120)}${plan.preamble.length > 120 ? '…' : ''}` : undefined}
          />
          {preview?.notices.map((n) => (
            <Alert key={n} type="warning" showIcon style={{ marginBottom: 8 }} message={n} data-testid="plan-notice" />
          ))}
          {plan.sections.map((s, si) => (
            <div key={si} style={{ marginBottom: 12 }}>
              <h4 style={{ margin: '8px 0' }}>
                {s.no && `${s.no}、`}
                {s.title}
              </h4>
              {s.items.map((it, ii) => (
                <div key={ii} className="ls-preview-item" data-testid="preview-item">
                  <div style={{ flex: 1 }}>
                    <b>
                      {it.no && `${itemOwnNo(it.no)}. `}
                      {it.title}
                    </b>
                    <div className="ls-preview-text">{it.text}</div>
                  </div>
                  <Space direction="vertical" size={2}>
                    <Button size="small" disabled={ii === s.items.length - 1} onClick={() => tryEdit(() => mergeItems(plan, si, ii))}>
                      与下一条合并
                    </Button>
                    <Button size="small" onClick={() => setSplitting({ s: si, i: ii })}>
                      拆分…
                    </Button>
                  </Space>
                </div>
              ))}
            </div>
          ))}
        </div>
      )}

      {step === 2 && (
        <>
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 8 }}
            message={`从原文中识别出 ${duties.length} 项可核查的职责${kept ? `，其中 ${kept} 项沿用上次导入时的修改` : ''}。请逐项核对：可直接修改周期、次数、责任主体和截止日期，点击一行在下方查看原文；只有点击保存后才会生效。`}
          />
          <DraftTable
            duties={duties}
            selected={shown}
            onSelect={(i) => {
              setSelected(i);
              setSourceItem(duties[i]?.item ?? '');
            }}
            onChange={(i, d) => setDuties(duties.map((x, j) => (j === i ? d : x)))}
            onEdit={(i) => setEditing({ index: i, duty: duties[i]! })}
            onDelete={(i) => {
              setDuties(duties.filter((_x, j) => j !== i));
              setSelected(null);
            }}
          />
          <SourcePanel items={sourceItems} itemNo={shownItem} source={current?.item === shownItem ? current.source : ''} onItem={setSourceItem} onMakeDuty={makeDuty} />
          <PossibleDuties possible={possible} onMake={(p) => makeDuty(p.item, p.source)} onShow={(p) => setSourceItem(p.item)} />
          <Button style={{ marginTop: 8 }} onClick={() => setEditing({ index: null, duty: EMPTY_DRAFT })}>
            手工新增职责
          </Button>
        </>
      )}

      {editing && (
        <DutyFormDialog
          duty={editing.duty}
          itemNos={itemNos}
          onClose={() => setEditing(null)}
          onSubmit={(d) => {
            const changed = { ...d, corrected: true };
            setDuties(editing.index === null ? [...duties, changed] : duties.map((x, j) => (j === editing.index ? changed : x)));
            setEditing(null);
          }}
        />
      )}
      {splitting && plan && (
        <SplitDialog
          text={plan.sections[splitting.s]!.items[splitting.i]!.text}
          onClose={() => setSplitting(null)}
          onSplit={(offset) => {
            tryEdit(() => splitItem(plan, splitting.s, splitting.i, offset));
            setSplitting(null);
          }}
        />
      )}
    </Modal>
  );
}

/** Reading a file: page by page for a PDF; a moving bar with the stage where the reader cannot say how far it is. */
function ReadProgress({ stage, fraction }: { stage: string; fraction: number }) {
  const known = fraction > 0 && fraction < 1;
  return (
    <div data-testid="plan-read-progress" style={{ maxWidth: 480, margin: '8px auto 0' }} role="status" aria-live="polite">
      <Progress percent={known ? Math.round(fraction * 100) : 100} showInfo={known} status="active" strokeColor="#a61b1b" />
      <span style={{ color: '#595959' }}>{stage}…</span>
    </div>
  );
}
