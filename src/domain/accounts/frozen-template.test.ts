import { describe, expect, it } from 'vitest';
import { accountsTemplate, freezeTemplate, frozenTemplateOf } from './document-templates.ts';

describe('the template of a frozen version', () => {
  const unit = { scope: 'unit' as const };
  it('is the stored definition, even when the template files have changed since', () => {
    const t = accountsTemplate('national-unit')!;
    const frozen = freezeTemplate({ ...t, name: '全国 单位决算（冻结时的版本）', zeroLines: 'list' });
    const back = frozenTemplateOf(unit, JSON.parse(JSON.stringify(frozen)));
    expect(back.name).toBe('全国 单位决算（冻结时的版本）');
    expect(back.zeroLines).toBe('list');
  });
  it('falls back to the id, then to the default of the scope (snapshots taken before templates were kept)', () => {
    expect(frozenTemplateOf(unit, { id: 'national-unit', definition: { broken: true } }).id).toBe(
      'national-unit',
    );
    expect(frozenTemplateOf(unit, undefined).id).toBe('sichuan-unit');
    expect(frozenTemplateOf({ scope: 'department' }, { id: 'nowhere' }).id).toBe('sichuan-department');
  });
});
