// 整改台账: problems raised about the selected organisation and its subtree, overdue ones first; the
// responsible unit records measures and results and reports completion, the raiser confirms closure.
import { useCallback, useEffect, useState } from 'react';
import { Button, Card, Form, Input, Modal, Select, Space, Table, Tag } from 'antd';
import { newIdempotencyKey } from '../../shared/api/client';
import { useOrgs } from '../../shared/orgs/OrgContext';
import { useMe } from '../../shared/session/SessionContext';
import { useNotify } from '../../shared/ui/useNotify';
import { RECTIFICATION_SOURCE_LABELS } from '../../../../src/domain/monitoring/rectification.ts';
import { monitoringApi, type RectificationCandidate, type RectificationDto } from './api';
import { monitoringTexts as T } from './texts';
import { EvidenceButton } from '../evidence/EvidenceButton';
import { evidenceTexts } from '../evidence/texts';

export function RectificationsView() {
  const { currentOrg, orgs } = useOrgs();
  const me = useMe();
  const notify = useNotify();
  const [items, setItems] = useState<RectificationDto[]>([]);
  const [raising, setRaising] = useState(false);
  const [candidates, setCandidates] = useState<RectificationCandidate[]>([]);
  const [editing, setEditing] = useState<RectificationDto | null>(null);
  const [rejecting, setRejecting] = useState<RectificationDto | null>(null);
  const [rejectReason, setRejectReason] = useState('');
  const [raiseForm] = Form.useForm();
  const [editForm] = Form.useForm();

  const reload = useCallback(async () => {
    if (!currentOrg) return;
    try {
      setItems((await monitoringApi.rectifications(currentOrg.id)).items);
    } catch (e) {
      notify.error(e);
    }
  }, [currentOrg, notify]);
  useEffect(() => {
    void reload();
  }, [reload]);

  const act = async (call: () => Promise<unknown>) => {
    try {
      await call();
      notify.success(T.done);
      await reload();
    } catch (e) {
      notify.error(e);
    }
  };
  const myOrg = me.orgId;

  return (
    <Card
      data-testid="rectifications"
      extra={
        <Button
          type="primary"
          data-testid="raise-rectification"
          onClick={() => {
            setRaising(true);
            if (currentOrg)
              monitoringApi.candidates(currentOrg.id).then(
                (r) => setCandidates(r.items),
                () => setCandidates([]),
              );
          }}
        >
          {T.raise}
        </Button>
      }
    >
      <Table
        size="small"
        rowKey="id"
        dataSource={items}
        locale={{ emptyText: T.noItems }}
        rowClassName={(r) => (r.overdue ? 'rectification-overdue' : '')}
        // Every column keeps a readable width (责任人, 来源, 整改结果 were wrapped a character per line);
        // the table scrolls sideways with the problem in place.
        scroll={{ x: 1480 }}
        columns={[
          { title: T.problem, dataIndex: 'problem', width: 220, fixed: 'left' },
          { title: T.requirement, dataIndex: 'requirement', width: 200 },
          { title: T.unit, dataIndex: 'orgName', width: 160 },
          { title: T.person, dataIndex: 'responsiblePerson', width: 110 },
          { title: T.deadline, dataIndex: 'deadline', width: 110 },
          { title: T.sourceLabel, dataIndex: 'sourceLabel', width: 110 },
          { title: T.measures, dataIndex: 'measures', width: 180 },
          { title: T.result, dataIndex: 'result', width: 160 },
          {
            title: T.status,
            key: 'status',
            width: 80,
            // The status (逾期 in red) and the actions stay in sight while the ledger scrolls.
            fixed: 'right',
            render: (_, r) => (
              <Tag
                color={r.overdue ? 'red' : r.displayStatus === 'done' ? 'green' : 'default'}
                data-testid="rectification-status"
              >
                {r.statusLabel}
              </Tag>
            ),
          },
          {
            title: '',
            key: 'actions',
            width: 160,
            fixed: 'right',
            render: (_, r) => (
              <Space wrap>
                <EvidenceButton
                  owner="rectification"
                  ownerId={r.id}
                  title={`${evidenceTexts.title} · ${r.problem}`}
                />
                {r.status !== 'done' && r.orgId === myOrg ? (
                  <>
                    <Button
                      size="small"
                      data-testid="edit-rectification"
                      onClick={() => {
                        editForm.setFieldsValue({ measures: r.measures, result: r.result });
                        setEditing(r);
                      }}
                    >
                      {T.edit}
                    </Button>
                    <Button
                      size="small"
                      data-testid="complete-rectification"
                      onClick={() => act(() => monitoringApi.complete(r.id, r.version))}
                    >
                      {T.complete}
                    </Button>
                  </>
                ) : null}
                {r.awaitingConfirmation && r.raisedByOrgId === myOrg ? (
                  <>
                    <Button
                      size="small"
                      type="primary"
                      data-testid="confirm-rectification"
                      onClick={() => act(() => monitoringApi.confirm(r.id, r.version))}
                    >
                      {T.confirm}
                    </Button>
                    <Button size="small" danger onClick={() => setRejecting(r)}>
                      {T.reject}
                    </Button>
                  </>
                ) : null}
              </Space>
            ),
          },
        ]}
      />
      <Modal
        open={raising}
        title={T.raise}
        onCancel={() => setRaising(false)}
        onOk={async () => {
          const v = await raiseForm.validateFields();
          await act(() =>
            monitoringApi.raise({ ...v, fiscalYear: Number(v.deadline.slice(0, 4)) }, newIdempotencyKey()),
          );
          setRaising(false);
        }}
      >
        <Form
          form={raiseForm}
          layout="vertical"
          initialValues={{ orgId: currentOrg?.id, source: 'supervisor' }}
        >
          {candidates.length > 0 ? (
            <Form.Item label={T.fromCandidate}>
              <Select
                allowClear
                options={candidates.map((c, i) => ({ value: i, label: `${c.orgName}：${c.problem}` }))}
                onChange={(i?: number) => {
                  const c = i === undefined ? undefined : candidates[i];
                  if (c)
                    raiseForm.setFieldsValue({
                      orgId: c.orgId,
                      source: c.source,
                      sourceRef: c.sourceRef,
                      problem: c.problem,
                      requirement: c.requirement,
                    });
                }}
              />
            </Form.Item>
          ) : null}
          <Form.Item name="sourceRef" hidden>
            <Input />
          </Form.Item>
          <Form.Item name="orgId" label={T.unit} rules={[{ required: true }]}>
            <Select
              data-testid="rectification-org"
              options={orgs.map((o) => ({ value: o.id, label: o.name }))}
            />
          </Form.Item>
          <Form.Item name="source" label={T.sourceLabel} rules={[{ required: true }]}>
            <Select
              options={Object.entries(RECTIFICATION_SOURCE_LABELS).map(([value, label]) => ({
                value,
                label,
              }))}
            />
          </Form.Item>
          <Form.Item name="problem" label={T.problem} rules={[{ required: true }]}>
            <Input.TextArea data-testid="rectification-problem" />
          </Form.Item>
          <Form.Item name="requirement" label={T.requirement} rules={[{ required: true }]}>
            <Input.TextArea data-testid="rectification-requirement" />
          </Form.Item>
          <Form.Item name="responsiblePerson" label={T.person} rules={[{ required: true }]}>
            <Input data-testid="rectification-person" />
          </Form.Item>
          <Form.Item
            name="deadline"
            label={T.deadline}
            rules={[{ required: true, pattern: /^\d{4}-\d{2}-\d{2}$/ }]}
          >
            <Input placeholder="YYYY-MM-DD" data-testid="rectification-deadline" />
          </Form.Item>
        </Form>
      </Modal>
      <Modal
        open={editing !== null}
        title={T.edit}
        onCancel={() => setEditing(null)}
        onOk={async () => {
          const v = await editForm.validateFields();
          await act(() =>
            monitoringApi.updateRectification(
              editing!.id,
              editing!.version,
              v.measures ?? '',
              v.result ?? '',
            ),
          );
          setEditing(null);
        }}
      >
        <Form form={editForm} layout="vertical">
          <Form.Item name="measures" label={T.measures}>
            <Input.TextArea data-testid="rectification-measures" />
          </Form.Item>
          <Form.Item name="result" label={T.result}>
            <Input.TextArea data-testid="rectification-result" />
          </Form.Item>
        </Form>
      </Modal>
      <Modal
        open={rejecting !== null}
        title={T.reject}
        onCancel={() => setRejecting(null)}
        onOk={async () => {
          await act(() => monitoringApi.reject(rejecting!.id, rejecting!.version, rejectReason));
          setRejecting(null);
        }}
      >
        <Input.TextArea
          placeholder={T.rejectReason}
          value={rejectReason}
          onChange={(e) => setRejectReason(e.target.value)}
        />
      </Modal>
    </Card>
  );
}
