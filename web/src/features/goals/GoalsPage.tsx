// 绩效目标: the projects of the organisation selected in the tree, with budget and execution; a
// clerk creates one here (NewProjectModal) and fills its goal table on the project page.
import { useState } from 'react';
import { Button, Card, Result } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useOrgs } from '../../shared/orgs/OrgContext';
import { useSession } from '../../shared/session/SessionContext';
import { NewProjectModal } from './NewProjectModal';
import { ProjectList } from './ProjectList';
import { useProjects } from './queries';
import { goalsTexts as T } from './texts';

export function GoalsPage() {
  const { currentOrg } = useOrgs();
  const { can } = useSession();
  const [creating, setCreating] = useState(false);
  const mayRead = can('work.read');
  const projects = useProjects(currentOrg?.id ?? null, mayRead);

  // Administrators (三员) and users without a business role do not handle projects.
  if (!mayRead) {
    return (
      <div data-testid="goals-no-access">
        <Result status="info" title={T.title} subTitle={T.noAccess} />
      </div>
    );
  }

  return (
    <Card
      data-testid="goals-page"
      title={T.listTitle(currentOrg?.name ?? '')}
      extra={
        can('work.edit') ? (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setCreating(true)}
            data-testid="new-project"
          >
            {T.newProject}
          </Button>
        ) : null
      }
    >
      <ProjectList items={projects.data ?? []} loading={projects.isFetching} />
      <NewProjectModal org={currentOrg} open={creating} onClose={() => setCreating(false)} />
    </Card>
  );
}
