// 评分表: the sheet chooser, the evaluator's buttons (开始评分, 未评指标按满分填入, 保存, 提交, 撤回), the live
// total / base score / grade of what is on screen, the excluded indicators and disagreements, and the table.
import { Alert, Button, Card, Select, Space, Statistic, Tag, Typography } from 'antd';
import { CheckOutlined, EditOutlined, SaveOutlined } from '@ant-design/icons';
import { fixed } from '../../../../src/domain/money/index.ts';
import type { Evaluation } from './api';
import { gradeColor } from './grade';
import { ScoreSheetTable } from './ScoreSheetTable';
import { evaluationsTexts as T } from './texts';
import type { ScoreSheetState } from './useScoreSheet';

export type ScoreSheetCardProps = {
  ev: Evaluation;
  state: ScoreSheetState;
  canScore: boolean;
  busy: boolean;
  onStart: () => void;
  onSave: () => void;
  onSubmit: () => void;
  onWithdraw: () => void;
};

export function ScoreSheetCard({
  ev,
  state,
  canScore,
  busy,
  onStart,
  onSave,
  onSubmit,
  onWithdraw,
}: ScoreSheetCardProps) {
  const { sheet, sheetId, editing, live, liveSheet } = state;
  const mine = ev.sheets.find((s) => s.mine);
  const visibleSheets = ev.sheets.filter((s) => s.mine || s.submitted);
  const places = ev.template.rounding.places;
  const totalOnly = sheet && Object.keys(sheet.entries).length === 0 && sheet.total !== null;
  const complete = liveSheet?.complete !== false;
  // The indicators still without a score, as the domain lists them.
  const missing = liveSheet?.missing ?? [];

  return (
    <Card
      title={T.scoreSheetTitle}
      extra={
        <Space wrap>
          {visibleSheets.length > 0 ? (
            <Select
              style={{ width: 260 }}
              value={sheetId ?? undefined}
              onChange={(v: string) => state.selectSheet(v)}
              options={visibleSheets.map((s) => ({
                value: s.id,
                label: `${s.mine ? T.mySheet : s.evaluatorName}（${s.submitted ? T.done : T.draft}）`,
              }))}
              data-testid="sheet-select"
            />
          ) : null}
          {canScore && !mine ? (
            <Button
              type="primary"
              icon={<EditOutlined />}
              loading={busy}
              onClick={onStart}
              data-testid="start-scoring"
            >
              {T.startScoring}
            </Button>
          ) : null}
          {editing ? (
            <>
              <Button onClick={state.fillFull} data-testid="fill-full">
                {T.fillFull}
              </Button>
              <Button icon={<SaveOutlined />} loading={busy} onClick={onSave} data-testid="save-sheet">
                {T.save}
              </Button>
              <Button
                type="primary"
                icon={<CheckOutlined />}
                loading={busy}
                data-testid="submit-sheet"
                onClick={onSubmit}
              >
                {T.submit}
              </Button>
            </>
          ) : null}
          {sheet && sheet.mine && sheet.submitted ? (
            <Button loading={busy} onClick={onWithdraw}>
              {T.withdraw}
            </Button>
          ) : null}
        </Space>
      }
    >
      {!canScore ? <Alert type="info" showIcon title={T.notEvaluator} style={{ marginBottom: 12 }} /> : null}
      {editing ? <Alert type="info" showIcon title={T.refusedHint} style={{ marginBottom: 12 }} /> : null}
      {liveSheet ? (
        <Space size={40} style={{ marginBottom: 16 }} data-testid="live-summary">
          {/* An incomplete sheet's sum is partial: no total, base score or grade until every indicator is scored. */}
          <Statistic
            title={T.total}
            value={complete ? fixed(liveSheet.total, places) : '—'}
            data-testid="live-total"
          />
          <Statistic title={T.maxAfter} value={fixed(liveSheet.maxAfterExclusion, places)} />
          <Statistic
            title={T.base}
            value={complete ? fixed(liveSheet.base, places) : '—'}
            data-testid="live-base"
          />
          <Statistic
            title={T.grade}
            value={liveSheet.grade || '—'}
            valueRender={() =>
              liveSheet.grade ? (
                <Tag
                  color={gradeColor(liveSheet.grade)}
                  style={{ fontSize: 18, padding: '2px 10px' }}
                  data-testid="live-grade"
                >
                  {liveSheet.grade}
                </Tag>
              ) : (
                <span data-testid="live-grade">—</span>
              )
            }
          />
          {sheet ? (
            <Typography.Text type="secondary">{`${sheet.evaluatorName}${sheet.submitted ? `（${T.done}）` : `（${T.draft}）`}`}</Typography.Text>
          ) : null}
        </Space>
      ) : null}
      {!complete && missing.length > 0 ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={T.incomplete(missing.length, missing.map((m) => m.name).join('、'))}
          data-testid="live-incomplete"
        />
      ) : null}
      {live && live.excluded.length > 0 ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title={T.excluded(live.excluded.map((x) => x.name).join('、'))}
        />
      ) : null}
      {ev.result.disagreements.length > 0 ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={T.disagreements}
          description={
            <ul style={{ margin: 0, paddingLeft: 18 }}>
              {ev.result.disagreements.map((d) => (
                <li key={d.message}>{d.message}</li>
              ))}
            </ul>
          }
        />
      ) : null}
      {totalOnly ? (
        <Alert type="info" showIcon style={{ marginBottom: 12 }} title={T.totalOnly(sheet.total!)} />
      ) : null}
      <ScoreSheetTable
        rows={state.rows}
        entries={state.entries}
        editing={editing}
        byId={state.byId}
        setEntry={state.setEntry}
        places={places}
      />
    </Card>
  );
}
