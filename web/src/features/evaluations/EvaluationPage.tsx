// One evaluation: the head (EvaluationHeader), the review panel, the evaluator panel (PanelCard), the score
// sheet with its live computation (ScoreSheetCard over useScoreSheet: the domain's evaluate() in the
// browser), for clerks the facts the rules score from (InputsEditor), and the texts of the 自评报告
// (ReportCard). Every write answers with the whole evaluation, which the page shows; a 412 reloads it.
import { useNavigate, useParams } from 'react-router';
import { Button, Card, Space, Spin } from 'antd';
import { ArrowLeftOutlined, SaveOutlined } from '@ant-design/icons';
import { isStale } from '../../shared/api/query';
import { useSession } from '../../shared/session/SessionContext';
import { useNotify } from '../../shared/ui/useNotify';
import { WorkflowPanel } from '../workflow/WorkflowPanel';
import { EvidenceList } from '../evidence/EvidenceList';
import { docUrl, EvaluationHeader } from './EvaluationHeader';
import { InputsEditor } from './InputsEditor';
import { PrefillNote } from './PrefillNote';
import { usePrefill } from './usePrefill';
import { PanelCard } from './PanelCard';
import {
  useEvaluation,
  useReloadEvaluation,
  useSaveInputs,
  useSaveSheet,
  useStartSheet,
  useSubmitSheet,
  useWithdrawSheet,
} from './queries';
import { ReportCard } from './ReportCard';
import { ScoreSheetCard } from './ScoreSheetCard';
import { evaluationsTexts as T } from './texts';
import { useScoreSheet } from './useScoreSheet';

export function EvaluationPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const notify = useNotify();
  const { can } = useSession();
  const query = useEvaluation(id);
  const ev = query.data;
  const state = useScoreSheet(ev, query.dataUpdatedAt, can('work.score'));
  const reload = useReloadEvaluation();
  const startSheet = useStartSheet();
  const saveSheet = useSaveSheet();
  const submitSheet = useSubmitSheet();
  const withdrawSheet = useWithdrawSheet();
  const saveInputs = useSaveInputs();
  const prefill = usePrefill(id, ev?.version, state.inputs);
  const busy = [startSheet, saveSheet, submitSheet, withdrawSheet, saveInputs].some((m) => m.isPending);

  if (!ev || !state.ready) return <Spin style={{ display: 'block', margin: 48 }} />;

  /** Shows `done` on success; on failure the server's message, and after a 412 the default sheet. */
  const outcome = (done: string) => ({
    onSuccess: () => notify.success(done),
    onError: (err: unknown) => {
      if (isStale(err)) state.keepSheet(null);
      notify.error(err);
    },
  });
  const { sheet } = state;

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/evaluations')}>
        {T.back}
      </Button>
      <EvaluationHeader ev={ev} />

      <WorkflowPanel
        documentId={ev.id}
        indicators={state.rows.map((r) => ({ id: r.id, name: r.l3 || r.l2 || r.l1 }))}
        onChanged={() => {
          state.keepSheet(null);
          void reload(ev.id);
        }}
        refreshKey={`${ev.version}:${ev.sheets.map((s) => s.version).join(',')}`}
      />

      <PanelCard panel={ev.panel} places={ev.template.rounding.places} />

      <ScoreSheetCard
        ev={ev}
        state={state}
        canScore={can('work.score')}
        busy={busy}
        onStart={() => {
          state.keepSheet(null);
          startSheet.mutate({ evaluationId: ev.id }, outcome(T.startScoring));
        }}
        onSave={() => {
          if (!sheet) return;
          state.keepSheet(sheet.id);
          saveSheet.mutate(
            { evaluationId: ev.id, sheetId: sheet.id, entries: state.entries, version: sheet.version },
            outcome(T.saved),
          );
        }}
        onSubmit={() => {
          if (!sheet) return;
          state.keepSheet(sheet.id);
          submitSheet.mutate(
            { evaluationId: ev.id, sheetId: sheet.id, entries: state.entries, version: sheet.version },
            outcome(T.submitted),
          );
        }}
        onWithdraw={() => {
          if (!sheet) return;
          state.keepSheet(sheet.id);
          withdrawSheet.mutate(
            { evaluationId: ev.id, sheetId: sheet.id, version: sheet.version },
            outcome(T.withdrawn),
          );
        }}
      />

      {can('work.edit') || Object.keys(ev.inputs).length > 0 ? (
        <Card
          title={T.inputsTitle}
          extra={
            can('work.edit') ? (
              <Button
                icon={<SaveOutlined />}
                loading={busy}
                onClick={() => {
                  state.keepSheet(state.sheetId);
                  saveInputs.mutate(
                    {
                      evaluationId: ev.id,
                      inputs: state.inputs,
                      version: ev.version,
                      reasons: prefill.reasons,
                    },
                    outcome(T.saved),
                  );
                }}
                data-testid="save-inputs"
              >
                {T.saveInputs}
              </Button>
            ) : null
          }
        >
          <InputsEditor
            template={ev.template}
            inputs={state.inputs}
            editable={can('work.edit')}
            onChange={state.setInputs}
            extra={(leafId, input, set) => (
              <PrefillNote
                leafId={leafId}
                prefill={prefill}
                editable={can('work.edit')}
                input={input}
                onRestore={set}
              />
            )}
          />
        </Card>
      ) : null}

      <ReportCard
        key={ev.id}
        evaluationId={ev.id}
        editable={can('work.edit')}
        department={!ev.projectId}
        docUrl={(format) => docUrl(ev.id, 'self-evaluation-report', format)}
      />
      <EvidenceList owner="evaluation" ownerId={ev.id} />
    </Space>
  );
}
