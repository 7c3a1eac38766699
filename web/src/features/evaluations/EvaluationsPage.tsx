// 绩效自评: the evaluations of the selected organisation with their panel score and grade; a clerk
// creates one (NewEvaluationModal) for a project or the organisation as a whole.
import { useState } from 'react';
import { Button, Card } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useOrgs } from '../../shared/orgs/OrgContext';
import { useSession } from '../../shared/session/SessionContext';
import { EvaluationList } from './EvaluationList';
import { NewEvaluationModal } from './NewEvaluationModal';
import { useEvaluations } from './queries';
import { evaluationsTexts as T } from './texts';

export function EvaluationsPage() {
  const { currentOrg } = useOrgs();
  const { can } = useSession();
  const [creating, setCreating] = useState(false);
  const orgId = currentOrg?.id ?? null;
  const evaluations = useEvaluations(orgId);

  return (
    <Card
      title={T.listTitle(currentOrg?.name ?? '')}
      extra={
        can('work.edit') ? (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setCreating(true)}
            data-testid="new-evaluation"
          >
            {T.newEvaluation}
          </Button>
        ) : null
      }
    >
      <EvaluationList items={evaluations.data ?? []} loading={evaluations.isFetching} />
      <NewEvaluationModal orgId={orgId} open={creating} onClose={() => setCreating(false)} />
    </Card>
  );
}
