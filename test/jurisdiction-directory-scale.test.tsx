import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DIRECTORY_MATCH_MAX, jurisdictionTree } from '../src/features/profile/components/jurisdiction-directory';
import type { Jurisdiction } from '../src/domain/jurisdiction';
import { renderApp } from './render-app';
import { syntheticDatasetForTests } from './synthetic-files';

// Enough counties (400, with their prefectures and provinces) for the directory's at-scale form.
const { files, serve: serveSynthetic } = syntheticDatasetForTests({ seed: 3, counties: 400, indicators: ['hotline.resolution-rate'] });

describe('jurisdiction directory at scale', () => {
  it('opens by province, each closed and rendered only when opened; a search lists matches by level, at most a few hundred', async () => {
    serveSynthetic();
    window.history.replaceState(null, '', '/?data=synthetic');
    const user = userEvent.setup();
    renderApp('/jurisdiction?data=synthetic');
    const index = JSON.parse(files.get('index.json')!) as { jurisdictions: Array<{ code: string; level: string; parentCode: string | null }> };
    const total = index.jurisdictions.length;
    expect(total).toBeGreaterThan(300);
    expect(await screen.findByRole('heading', { name: `按省份（共 ${total.toLocaleString('en')} 个地区）` })).toBeInTheDocument();
    // 北京市 and its 16 districts (110101–110119 with gaps): closed, so no district is in the page yet.
    const beijingDistricts = index.jurisdictions.filter((j) => j.parentCode === '110000').length;
    const beijing = screen.getByText(`北京市（下辖 ${beijingDistricts} 个地区）`);
    expect(screen.queryByRole('link', { name: '东城区' })).toBeNull();
    await user.click(beijing);
    expect(screen.getByRole('link', { name: '北京市' })).toHaveAttribute('href', expect.stringContaining('/jurisdiction/110000'));
    expect(screen.getByRole('link', { name: '东城区' })).toHaveAttribute('href', expect.stringContaining('/jurisdiction/110101'));
    // Every jurisdiction is under some province: the groups' sizes add up to the whole list.
    const sizes = screen.getAllByText(/（下辖 [\d,]+ 个地区）$/).map((summary) => Number(summary.textContent!.match(/下辖 ([\d,]+) 个/)![1]!.replace(/,/g, '')) + 1);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(total);

    const search = screen.getByRole('searchbox', { name: '按名称或代码搜索地区' });
    await user.type(search, '东城');
    expect(screen.getByRole('link', { name: '东城区' })).toBeInTheDocument();
    expect(screen.queryByText(/^北京市（下辖/)).toBeNull();
    // A search matching more than the limit lists that many, in level order, and says how many more match.
    await user.clear(search);
    await user.type(search, '1');
    const matching = index.jurisdictions.filter((j) => j.code.startsWith('1')).length;
    expect(matching).toBeGreaterThan(DIRECTORY_MATCH_MAX);
    const section = screen.getByRole('region', { name: '地区' });
    const listed = within(section).getAllByRole('link');
    expect(listed).toHaveLength(DIRECTORY_MATCH_MAX);
    expect(screen.getByText(`另有 ${matching - DIRECTORY_MATCH_MAX} 个匹配的地区未列出，请输入更具体的名称或代码。`)).toBeInTheDocument();
    expect(within(section).getByRole('heading', { name: '省级' })).toBeInTheDocument();
  });
});

describe('jurisdictionTree', () => {
  const j = (code: string, level: Jurisdiction['level'], parentCode: string | null): Jurisdiction => ({ code, name: { zh: code, en: code }, level, parentCode });

  it('nests by parent code in the usual order, and keeps a jurisdiction whose parent is not listed as a root', () => {
    const tree = jurisdictionTree([
      j('440981', 'county', '440900'),
      j('440000', 'province', null),
      j('440900', 'prefecture', '440000'),
      j('440902', 'county', '440900'),
      j('460000', 'province', null),
      j('469001', 'county', '460000'),
      // Its prefecture (442000) is not in the list.
      j('442000001', 'town', '442000'),
    ]);
    expect(tree.map((n) => n.jurisdiction.code)).toEqual(['440000', '460000', '442000001']);
    expect(tree[0]!.children.map((n) => n.jurisdiction.code)).toEqual(['440900']);
    expect(tree[0]!.children[0]!.children.map((n) => n.jurisdiction.code)).toEqual(['440902', '440981']);
    expect(tree.map((n) => n.size)).toEqual([4, 2, 1]);
  });
});
