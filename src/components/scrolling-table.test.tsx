import { render, screen } from '@testing-library/react';
import { ScrollingTable } from './scrolling-table';

const body = (
  <tbody>
    <tr>
      <td>高州市</td>
    </tr>
  </tbody>
);

describe('ScrollingTable', () => {
  it('puts the table in a focusable region named by its caption', () => {
    render(<ScrollingTable caption="各地区数值" className="compare-table">{body}</ScrollingTable>);
    const region = screen.getByRole('region', { name: '各地区数值' });
    expect(region.tabIndex).toBe(0);
    const table = screen.getByRole('table', { name: '各地区数值' });
    expect(region.contains(table)).toBe(true);
    expect(table.className).toBe('data-table compare-table');
    expect(table.querySelector('caption')!.className).toBe('');
    expect(screen.getByRole('cell').textContent).toBe('高州市');
  });

  it('hides the caption from sight only, when asked', () => {
    render(<ScrollingTable caption="单位" hideCaption>{body}</ScrollingTable>);
    const table = screen.getByRole('table', { name: '单位' });
    expect(table.className).toBe('data-table');
    expect(table.querySelector('caption')!.className).toBe('visually-hidden');
  });
});
