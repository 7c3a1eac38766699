// 404 and 403 pages inside the layout.
import { Button, Card, Result } from 'antd';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { useSession } from '../session/SessionContext';
import { shellTexts } from '../texts';

export function NotFoundPage() {
  const navigate = useNavigate();
  return (
    <Card variant="borderless">
      <Result
        status="404"
        title={shellTexts.notFoundTitle}
        subTitle={shellTexts.notFoundBody}
        extra={
          <Button type="primary" onClick={() => navigate('/')}>
            {shellTexts.backHome}
          </Button>
        }
      />
    </Card>
  );
}

export function ForbiddenPage() {
  const navigate = useNavigate();
  return (
    <Card variant="borderless">
      <Result
        status="403"
        title={shellTexts.forbiddenTitle}
        subTitle={shellTexts.forbiddenBody}
        extra={
          <Button type="primary" onClick={() => navigate('/')}>
            {shellTexts.backHome}
          </Button>
        }
      />
    </Card>
  );
}

/** Renders the page only for users holding one of the permissions; the server enforces it regardless. */
export function RequireAny({ anyOf, children }: { anyOf: string[]; children: ReactNode }) {
  const { can } = useSession();
  return anyOf.some(can) ? <>{children}</> : <ForbiddenPage />;
}
