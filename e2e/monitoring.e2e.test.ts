// 绩效运行监控 and 整改 in a browser, against the real server: 四川省商务厅 opens a 1–8月 round; its 信息中心's
// 经办人 fills it, sees 设备采购 turn red, answers the red light and submits; the 处长 passes it; the 主管部门
// sees the lights and its reviewer returns it with a reason — every step through the unit's review chain. Then a rectification is raised, answered and closed.
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { buttonName, describeBrowser, snap } from './support/browser';
import { browserSuite, signIn, signOut } from './support/suite.ts';

function menuItem(page: Page, label: string) {
  return page.getByRole('menuitem', { name: new RegExp(`${label}$`) });
}

async function pick(page: Page, testId: string, option: string): Promise<void> {
  await page.getByTestId(testId).click();
  await page.locator('.ant-select-item-option', { hasText: option }).first().click();
}

const ROUND = '2020年1–8月绩效运行监控';
const UNIT = '四川省商务厅信息中心';

async function openMonitoring(page: Page, username: string): Promise<void> {
  await signIn(page, username);
  await menuItem(page, '运行监控与整改').click();
  await page.getByTestId('monitoring-rounds').waitFor();
}

async function openUnitReport(page: Page): Promise<void> {
  const round = page.locator('.ant-card', { hasText: ROUND }).last();
  await round.getByTestId(`open-report-${UNIT}`).click();
  await page.getByTestId('monitoring-report').waitFor();
}

describeBrowser(
  '绩效运行监控：主管部门发起、单位填报并回应红灯、审核通过、主管部门查看预警并退回；整改闭环',
  () => {
    const tp = browserSuite();

    it('lets 四川省商务厅 open a 1–8月 round for the organisations in its reach', async () => {
      const { page } = tp;
      await openMonitoring(page, 'scswt_jbr');
      await page.getByTestId('open-round').click();
      await page.getByTestId('round-year').fill('2020');
      await page.getByTestId('round-month').fill('8');
      await page.getByTestId('round-due').fill('2020-09-30');
      await page.getByRole('button', { name: buttonName('确定') }).click();
      const round = page.locator('.ant-card', { hasText: ROUND }).last();
      await round.getByText(UNIT).waitFor();
      expect(await round.innerText()).toContain('未填报');
      await snap(page, 'monitoring-01-round-opened');
      await signOut(page);
    });

    it('lets the unit fill its report, answer the red light and submit it', async () => {
      const { page } = tp;
      await openMonitoring(page, 'scxxzx_jbr');
      await openUnitReport(page);
      await page.getByTestId('设备采购-executed-0').fill('0');
      await page.getByTestId('report-save').click();
      await page.getByText('已保存').first().waitFor();
      const project = page.getByTestId('project-设备采购');
      await project.getByTestId('light-red').first().waitFor();
      await page.getByTestId('submission-problems').waitFor();
      await page.getByTestId('report-submit').click();
      await expect.poll(() => page.getByText('亮红灯，提交前须填写处理意见').count()).toBeGreaterThan(0);
      await pick(page, '设备采购-response', '继续执行');
      await page.getByTestId('设备采购-response-reason').fill('9月完成采购并支付');
      await page.getByTestId('report-save').click();
      await expect.poll(() => page.getByTestId('submission-problems').count()).toBe(0);
      await page.getByTestId('report-submit').click();
      await expect.poll(() => page.getByTestId('report-status').innerText()).toBe('审核中');
      await snap(page, 'monitoring-02-submitted');
      await signOut(page);
    });

    it('lets the unit’s 处长 pass the report to the 主管部门', async () => {
      const { page } = tp;
      await openMonitoring(page, 'scxxzx_cz');
      await openUnitReport(page);
      await page.getByTestId('report-approve').click();
      await expect.poll(() => page.getByTestId('report-status').innerText()).toBe('已提交');
      await signOut(page);
    });

    it('shows the 主管部门 the unit’s status and red light, and lets it return the report with a reason', async () => {
      const { page } = tp;
      await openMonitoring(page, 'scswt_jbr');
      const round = page.locator('.ant-card', { hasText: ROUND }).last();
      const row = round.locator('tr', { hasText: UNIT });
      await expect.poll(() => row.innerText()).toContain('已提交');
      expect(await row.innerText()).toContain('红灯');
      await signOut(page);
      // Returning a submitted report is the department's reviewers' (the chain's reopen).
      await openMonitoring(page, 'scswt_zr');
      await openUnitReport(page);
      await page.getByTestId('report-return').click();
      await page.getByTestId('return-reason').fill('请补充采购时间表');
      await page.getByRole('button', { name: buttonName('确定') }).click();
      await expect.poll(() => page.getByTestId('report-status').innerText()).toBe('填报中');
      await expect.poll(() => page.getByTestId('wf-timeline').innerText()).toContain('请补充采购时间表');
      await snap(page, 'monitoring-03-returned');
      await signOut(page);
      await openMonitoring(page, 'scswt_jbr');
    });

    it('raises a rectification that the unit answers and the 主管部门 closes', async () => {
      const { page } = tp;
      await page.getByTestId('monitoring-page').getByRole('tab', { name: '整改台账' }).click();
      await page.getByTestId('raise-rectification').click();
      await pick(page, 'rectification-org', UNIT);
      await page.getByTestId('rectification-problem').fill('设备采购执行进度为0');
      await page.getByTestId('rectification-requirement').fill('9月底前完成采购');
      await page.getByTestId('rectification-person').fill('信息中心主任');
      await page.getByTestId('rectification-deadline').fill('2099-09-30');
      await page.getByRole('button', { name: buttonName('确定') }).click();
      const row = () => page.locator('tr', { hasText: '设备采购执行进度为0' });
      await expect.poll(() => row().innerText()).toContain('待整改');
      await signOut(page);

      await openMonitoring(page, 'scxxzx_jbr');
      await page.getByTestId('monitoring-page').getByRole('tab', { name: '整改台账' }).click();
      await row().getByTestId('edit-rectification').click();
      await page.getByTestId('rectification-measures').fill('8月发布采购公告');
      await page.getByTestId('rectification-result').fill('9月20日完成验收');
      await page.getByRole('button', { name: buttonName('确定') }).click();
      await expect.poll(() => row().innerText()).toContain('整改中');
      await row().getByTestId('complete-rectification').click();
      await expect.poll(() => row().innerText()).toContain('待确认');
      await signOut(page);

      await openMonitoring(page, 'scswt_jbr');
      await page.getByTestId('monitoring-page').getByRole('tab', { name: '整改台账' }).click();
      await row().getByTestId('confirm-rectification').click();
      await expect.poll(() => row().innerText()).toContain('已整改');
      await snap(page, 'monitoring-04-rectified');
    });
  },
);
