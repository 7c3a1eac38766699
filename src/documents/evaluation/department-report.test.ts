/**
 * The 部门整体支出绩效评价报告: a 部门整体 evaluation (no project) renders as a DOCX with the sections of
 * 002's layout (部门概况, 评价情况, 主要绩效, 存在问题, 有关建议, then the 评分表), its figures computed, and
 * the printed 一级 scores adding up to the 合计 or carrying the rounding note.
 */
import { describe, expect, it } from 'vitest';
import { readEvaluation } from '../../domain/scoring/index.ts';
import f001dept from '../../domain/scoring/fixtures/001-department.json' with { type: 'json' };
import f002 from '../../domain/scoring/fixtures/002-self-evaluation.json' with { type: 'json' };
import { extractRendered } from '../self-check.ts';
import { plainText } from '../model.ts';
import { ROUNDING_NOTE_MARK } from './common.ts';
import { buildEvaluationDocument, renderEvaluationDocument, type EvaluationDocumentData } from './index.ts';

function data(fixture: unknown, finance = true): EvaluationDocumentData {
  const read = readEvaluation(fixture);
  if (!read.ok) throw new Error(read.problems.map((p) => p.message).join('; '));
  return {
    evaluation: read.evaluation,
    department: {
      year: 2020,
      unit: '某某单位',
      ...(finance ? { finance: { income: '12345678.90', expenditure: '9876543.21' } } : {}),
    },
    narrative: {
      overview: '单位现有编制若干名。',
      organisation: '按指标体系逐项打分。',
      outcomes: '完成年度重点工作。',
      problems: ['档案管理有待加强'],
      suggestions: [],
    },
  };
}

const SECTIONS = ['一、部门概况', '二、评价情况', '三、主要绩效', '四、存在问题', '五、有关建议', '附件'];

describe('部门整体支出绩效评价报告', () => {
  it('a 部门整体 evaluation renders as a DOCX with the sections in order, then the 评分表', async () => {
    const out = await renderEvaluationDocument('self-evaluation-report', data(f002), 'docx');
    expect(out.fileName).toBe('2020年度某某单位部门整体支出绩效评价报告.docx');
    expect(out.bytes.subarray(0, 2).toString()).toBe('PK');
    const text = (await extractRendered(out.bytes, 'docx')).map((l) => l.text).join('\n');
    let at = -1;
    for (const s of SECTIONS) {
      const i = text.indexOf(s);
      expect(i, s).toBeGreaterThan(at);
      at = i;
    }
    expect(text).toContain('部门整体支出绩效评分表');
    // The 决算 totals, 元 → 万元.
    expect(text).toContain('本年收入合计1234.57万元，本年支出合计987.65万元');
    expect(text).toContain('1.档案管理有待加强');
    expect(text).not.toMatch(/请人工判断|未填写|project|undefined|NaN/);
    expect(out.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('states the computed score and grade, and says when the 决算 is not filed', () => {
    const built = buildEvaluationDocument('self-evaluation-report', data(f002, false));
    const text = plainText(built.model);
    expect(text).toMatch(/评价得分\d+\.\d{2}分，评价等次为[优良中差]/);
    expect(text).toContain('2020年度决算尚未填报。');
  });

  it('printed 一级 scores add up to the 合计 as printed, or the rounding note says why not', () => {
    for (const f of [f002, f001dept]) {
      const built = buildEvaluationDocument('self-evaluation-report', data(f));
      const text = plainText(built.model);
      const scores = [...text.matchAll(/得分(\d+\.\d{2})分。/g)].map((m) => Number(m[1]));
      const total = text.match(/合计\t[\d.]+\t(\d+\.\d{2})/)?.[1];
      if (!total) continue; // a renormalised table prints the 基础得分 instead
      const printedSum = scores.reduce((a, b) => a + b, 0).toFixed(2);
      if (printedSum !== total) expect(text).toContain(ROUNDING_NOTE_MARK);
    }
  });

  it('without a project or a department, the report asks for one in Chinese', () => {
    const d = data(f002);
    delete d.department;
    expect(() => buildEvaluationDocument('self-evaluation-report', d)).toThrow(/部门信息/);
  });
});
