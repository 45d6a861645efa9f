import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fixtures } from '../../../../mocks/handlers';
import { renderApp } from '../../../../test/render-app';

const PLAN = '002_708db31ce4ea3cc1';
const text = fixtures.text.get(`sources/${PLAN}.txt`)!;

describe('WorkPlanPage', () => {
  it('reads the plan into 49 tasks and lists units with their counts', async () => {
    renderApp('/work-plan');
    expect(await screen.findByText(/49 项任务，19 个单位/)).toBeInTheDocument();
    const units = screen.getByRole('table', { name: '各单位牵头、配合、按职能分工落实的任务数' });
    const row = within(units).getByRole('button', { name: '查看 司法所 的任务' }).closest('tr')!;
    expect(within(row).getAllByRole('cell').map((c) => c.textContent)).toEqual(['2', '0', '0', '2']);
    expect(within(units).getByRole('button', { name: '查看 各村(社区) 的任务' })).toBeInTheDocument();
    expect(within(units).getByRole('button', { name: '查看 各有关单位 的任务' })).toBeInTheDocument();
  });

  it('shows a unit’s tasks with its role, each linked to its span in the reader', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/work-plan');
    await user.click(await screen.findByRole('button', { name: '查看 党政综合办 的任务' }));
    expect(router.state.location.search).toContain(`unit=${encodeURIComponent('党政综合办')}`);
    const tasks = screen.getByRole('region', { name: /党政综合办 的任务（9 项）/ });
    const task3 = within(tasks).getByRole('article', { name: /第 3 项/ });
    expect(within(task3).getByText('配合', { selector: '.work-plan__role' })).toBeInTheDocument();
    const link = within(task3).getByRole('link', { name: '在原文中查看第 3 项' });
    const params = new URLSearchParams(link.getAttribute('href')!.split('?')[1]);
    expect(link.getAttribute('href')).toMatch(new RegExp(`^/reader/${PLAN}\\?`));
    expect(text.slice(Number(params.get('start')), Number(params.get('end')))).toMatch(/^3\.各村\(社区\)、各有关单位要结合实际/);
  });

  it('searches tasks and units', async () => {
    const user = userEvent.setup();
    renderApp('/work-plan');
    await user.type(await screen.findByRole('searchbox', { name: '搜索任务或单位' }), '依申请公开');
    const tasks = screen.getByRole('region', { name: '全部任务' });
    const numbers = within(tasks).getAllByRole('article').map((a) => a.getAttribute('aria-labelledby'));
    expect(numbers).toEqual(['task-7', 'task-8']);
  });

  it('links to the plan by its Chinese title, marked as Chinese, on the English page too', async () => {
    renderApp('/work-plan?lang=en');
    const source = await screen.findByRole('link', { name: '横栏镇2022年政务公开工作要点分工方案' });
    expect(source).toHaveAttribute('lang', 'zh-CN');
    expect(source.getAttribute('href')).toBe(`/reader/${PLAN}?lang=en`);
  });

  it('counts tasks per heading', async () => {
    renderApp('/work-plan?lang=en');
    const headings = await screen.findByRole('region', { name: 'By heading' });
    expect(within(headings).getByRole('link', { name: '二、围绕服务中心工作、助力经济社会平稳健康发展深化重点领域信息公开' }).parentElement).toHaveTextContent('14 tasks');
  });
});
