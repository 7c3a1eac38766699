// A 佐证 button that opens the files of one owner in a drawer: per goal-table row (an indicator, with its
// count from the project's list) and per rectification (no count: its list loads when opened).
import { useState } from 'react';
import { Button, Drawer } from 'antd';
import { PaperClipOutlined } from '@ant-design/icons';
import type { EvidenceOwner } from './api';
import { EvidenceList } from './EvidenceList';
import { useEvidence } from './queries';
import { evidenceTexts as T } from './texts';

function IndicatorCount({ projectId, indicatorId }: { projectId: string; indicatorId: string }) {
  const query = useEvidence('project', projectId);
  const n = (query.data?.files ?? []).filter((f) => f.indicatorId === indicatorId).length;
  return <>{T.rowButton(n)}</>;
}

export type EvidenceButtonProps = {
  owner: EvidenceOwner;
  ownerId: string;
  /**
   * An indicator of the project's goal table, by its id (its files follow it through a rename); a row not
   * saved yet has none, and gets no button until it is saved.
   */
  indicatorId?: string | null;
  /** The drawer's title and the button's accessible name. */
  title: string;
};

export function EvidenceButton({ owner, ownerId, indicatorId, title }: EvidenceButtonProps) {
  const [open, setOpen] = useState(false);
  if (indicatorId !== undefined && !indicatorId) return null;
  return (
    <>
      <Button
        size="small"
        type="link"
        icon={<PaperClipOutlined />}
        onClick={() => setOpen(true)}
        aria-label={title}
        data-testid="evidence-open"
      >
        {owner === 'project' && indicatorId ? (
          <IndicatorCount projectId={ownerId} indicatorId={indicatorId} />
        ) : (
          T.rowButton(0)
        )}
      </Button>
      <Drawer title={title} open={open} onClose={() => setOpen(false)} size={900} destroyOnHidden>
        <EvidenceList owner={owner} ownerId={ownerId} {...(indicatorId ? { indicatorId } : {})} bare />
      </Drawer>
    </>
  );
}
