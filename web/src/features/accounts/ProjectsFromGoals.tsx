// 从绩效目标带入 on the 决算's project rows (issue 15, no figure typed twice): a 决算 saved before the goals
// were filed picks them up. The dialog shows what would change — projects added, empty fields filled, and
// figures the user typed that differ from the goals, each replaced only when its box is ticked — and saves
// on confirmation (POST /api/accounts/:id/projects-from-goals).
import { useState } from 'react';
import { Alert, Button, Checkbox, Modal, Tooltip, Typography } from 'antd';
import { ImportOutlined } from '@ant-design/icons';
import { useNotify } from '../../shared/ui/useNotify';
import { accountsApi, type AccountsDto, type ProjectsFromGoalsPreview } from './api';
import { showAmount, type EntryUnit } from './amount';
import { accountsTexts as T } from './texts';

export type ProjectsFromGoalsProps = {
  orgId: string;
  year: number;
  unit: EntryUnit;
  /** Unsaved edits on the page: the action saves, so they must be saved first. */
  dirty: boolean;
  onApplied: (dto: AccountsDto) => void;
};

export function ProjectsFromGoals({ orgId, year, unit, dirty, onApplied }: ProjectsFromGoalsProps) {
  const notify = useNotify();
  const [preview, setPreview] = useState<ProjectsFromGoalsPreview | null>(null);
  const [confirmed, setConfirmed] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const shown = (field: string, value: string) =>
    field === 'summary' ? value : value ? `${showAmount(value, unit)}${unit}` : '';

  const open = async () => {
    setBusy(true);
    try {
      setPreview(await accountsApi.projectsFromGoals(orgId, year));
      setConfirmed([]);
    } catch (err) {
      notify.error(err);
    } finally {
      setBusy(false);
    }
  };
  const apply = async () => {
    if (!preview) return;
    setBusy(true);
    try {
      const dto = await accountsApi.bringProjectsFromGoals(orgId, year, {
        version: preview.version,
        overwrite: confirmed,
      });
      // What this save changes: projects added, blanks filled, typed figures the user agreed to replace.
      const n = preview.items.filter(
        (i) =>
          i.kind === 'add' || (i.kind === 'update' && (i.fills.length > 0 || confirmed.includes(i.name))),
      ).length;
      setPreview(null);
      onApplied(dto);
      notify.success(T.fromGoalsDone(n));
    } catch (err) {
      notify.error(err);
    } finally {
      setBusy(false);
    }
  };

  const items = preview?.items ?? [];
  const added = items.flatMap((i) => (i.kind === 'add' ? [i] : []));
  const updated = items.flatMap((i) => (i.kind === 'update' ? [i] : []));
  const fills = updated.filter((i) => i.fills.length > 0);
  const differ = updated.filter((i) => i.overwrites.length > 0);
  const nothing = added.length === 0 && updated.length === 0;

  return (
    <>
      <Tooltip title={dirty ? T.fromGoalsDirty : T.fromGoalsHint}>
        <Button
          icon={<ImportOutlined />}
          disabled={dirty}
          loading={busy && !preview}
          onClick={() => void open()}
          data-testid="projects-from-goals"
        >
          {T.fromGoals}
        </Button>
      </Tooltip>
      <Modal
        open={preview !== null}
        title={T.fromGoalsTitle}
        okText={T.fromGoalsApply}
        okButtonProps={{ disabled: nothing, loading: busy, 'data-testid': 'projects-from-goals-apply' }}
        onOk={() => void apply()}
        onCancel={() => setPreview(null)}
        width={720}
      >
        <div data-testid="projects-from-goals-preview">
          {nothing && <Alert type="success" showIcon title={T.fromGoalsNothing} />}
          {added.length > 0 && (
            <>
              <Typography.Title level={5}>{T.fromGoalsAdd}</Typography.Title>
              <ul>
                {added.map((i) => (
                  <li key={i.name}>
                    {i.name}：{T.fromGoalsChange('预算数', '', shown('budget', i.row.budget))}；
                    {T.fromGoalsChange('执行数', '', shown('actual', i.row.actual))}
                  </li>
                ))}
              </ul>
            </>
          )}
          {fills.length > 0 && (
            <>
              <Typography.Title level={5}>{T.fromGoalsFill}</Typography.Title>
              <ul>
                {fills.map((i) => (
                  <li key={i.name}>
                    {i.name}：
                    {i.fills.map((c) => T.fromGoalsChange(c.label, '', shown(c.field, c.to))).join('；')}
                  </li>
                ))}
              </ul>
            </>
          )}
          {differ.length > 0 && (
            <>
              <Typography.Title level={5}>{T.fromGoalsDiffer}</Typography.Title>
              {differ.map((i) => (
                <div key={i.name} style={{ marginBottom: 8 }} data-testid="projects-from-goals-differ">
                  <Checkbox
                    checked={confirmed.includes(i.name)}
                    onChange={(e) =>
                      setConfirmed(
                        e.target.checked ? [...confirmed, i.name] : confirmed.filter((n) => n !== i.name),
                      )
                    }
                  >
                    {T.fromGoalsReplace(i.name)}
                  </Checkbox>
                  <div style={{ marginLeft: 24, color: '#555' }}>
                    {i.overwrites
                      .map((c) => T.fromGoalsChange(c.label, shown(c.field, c.from), shown(c.field, c.to)))
                      .join('；')}
                  </div>
                </div>
              ))}
            </>
          )}
        </div>
      </Modal>
    </>
  );
}
