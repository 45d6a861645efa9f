import { useMemo, useState } from 'react';
import { useTranslation } from '../../../lib/translation-context';
import { Link, useSearchParams } from '../../../lib/router';
import { DataError } from '../../../components/data-error';
import { LabelledSearchField } from '../../../components/labelled-search-field';
import type { DataIndex } from '../../../domain/data-files';
import type { Language } from '../../../domain/localized-text';
import { parseWorkPlan, tasksByHeading, tasksByUnit, type PlanTask, type TaskUnit, type WorkPlan } from '../../../domain/work-plan/parse-work-plan';
import { DataIndexError } from '../../../components/data-index-gate';
import { useDataIndex } from '../../../lib/data/get-data-index';
import { sourceFileName } from '../../../domain/data-file-names';
import { useSourceText } from '../../../lib/data/get-source-text';
import { readerLocation } from '../../../lib/reader-link';
import { ScrollingTable } from '../../../components/scrolling-table';
import '../work-plan.css';

/** #/work-plan?unit=&doc=: the town's task plan (002) read by unit. */
export function WorkPlanPage() {
  const { t } = useTranslation();
  const index = useDataIndex();
  const [params] = useSearchParams();
  const plans = index.data?.documents.filter((d) => d.kind === 'disclosurePlan') ?? [];
  const plan = plans.find((d) => d.id === params.get('doc')) ?? plans[0] ?? null;
  const text = useSourceText(plan?.id ?? null);

  if (index.isError) {
    return (
      <DataIndexError index={index} />
    );
  }
  if (index.isPending) return <p role="status" className="panel">{t('workPlan.loading')}</p>;
  if (!plan) return <p className="panel">{t('workPlan.noPlan')}</p>;
  if (text.isError) {
    return (
      <section className="panel">
        <DataError error={text.error} file={sourceFileName(plan.id)} onRetry={() => void text.refetch()} retrying={text.isFetching} />
      </section>
    );
  }
  if (text.isPending) return <p role="status" className="panel">{t('workPlan.loading')}</p>;
  return <WorkPlanView index={index.data} sourceId={plan.id} title={plan.title} text={text.data} />;
}

function roleKey(unit: TaskUnit): 'lead' | 'responsible' | 'cooperate' | 'implement' {
  return unit.role === 'lead' && unit.roleAsWritten === null ? 'responsible' : unit.role;
}

function matches(task: PlanTask, query: string): boolean {
  const needle = query.trim().toLowerCase();
  if (needle === '') return true;
  return [task.text, String(task.number), task.responsibility?.text ?? '', task.firstLevel?.title ?? '', task.secondLevel?.title ?? ''].some((s) =>
    s.toLowerCase().includes(needle),
  );
}

function WorkPlanView({ sourceId, title, text }: { index: DataIndex; sourceId: string; title: { zh: string; en: string }; text: string }) {
  const { t, i18n } = useTranslation();
  const ui = i18n.language as Language;
  const [params, setParams] = useSearchParams();
  const lang: Language | null = params.get('lang') === 'en' ? 'en' : params.get('lang') === 'zh' ? 'zh' : null;
  const [query, setQuery] = useState('');
  const plan: WorkPlan = useMemo(() => parseWorkPlan(text), [text]);
  const units = useMemo(() => tasksByUnit(plan), [plan]);
  const headings = useMemo(() => tasksByHeading(plan), [plan]);
  const unitParam = params.get('unit');
  const unit = units.find((u) => u.name === unitParam) ?? null;

  const selectUnit = (name: string | null) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (name === null) next.delete('unit');
        else next.set('unit', name);
        return next;
      },
      { replace: false },
    );

  const needle = query.trim().toLowerCase();
  const visibleUnits = units.filter((u) => needle === '' || u.name.toLowerCase().includes(needle) || [...u.lead, ...u.cooperate, ...u.implement].some((task) => matches(task, query)));
  const baseTasks = unit ? plan.tasks.filter((task) => task.units.some((u) => u.name === unit.name)) : plan.tasks;
  const tasks = baseTasks.filter((task) => matches(task, query) || (needle !== '' && task.units.some((u) => u.name.toLowerCase().includes(needle))));

  return (
    <div className="work-plan">
      <section className="panel" aria-labelledby="work-plan-heading">
        <h2 id="work-plan-heading">{t('workPlan.heading', { title: title[ui] })}</h2>
        <p className="muted">{t('workPlan.intro')}</p>
        <p className="work-plan__source">
          <strong>{t('workPlan.summary', { tasks: plan.tasks.length, units: units.length })}</strong> ·{' '}
          <Link to={readerLocation(sourceId, null, lang)} lang="zh-CN">
            {title.zh}
          </Link>
        </p>
        {plan.warnings.length > 0 && (
          <details className="note">
            <summary>{t('workPlan.warnings')}</summary>
            <ul>
              {plan.warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          </details>
        )}
        <div role="search">
          <LabelledSearchField block="work-plan" label={t('workPlan.search')} value={query} placeholder={t('workPlan.searchPlaceholder')} onChange={setQuery} />
        </div>
        {unitParam !== null && unit === null && (
          <p role="status" className="notice">
            {t('workPlan.unknownUnit', { unit: unitParam })}
          </p>
        )}
      </section>

      <div className="work-plan__body">
        <div className="work-plan__side">
          <section className="panel" aria-labelledby="work-plan-units">
            <h2 id="work-plan-units">{t('workPlan.unitsHeading')}</h2>
            <ScrollingTable caption={t('workPlan.unitsCaption')} className="work-plan__units" hideCaption>
              <thead>
                <tr>
                  <th scope="col">{t('workPlan.colUnit')}</th>
                  <th scope="col">{t('workPlan.colLead')}</th>
                  <th scope="col">{t('workPlan.colCooperate')}</th>
                  <th scope="col">{t('workPlan.colImplement')}</th>
                  <th scope="col">{t('workPlan.colTotal')}</th>
                </tr>
              </thead>
              <tbody>
                {visibleUnits.map((u) => (
                  <tr key={u.name} className={u === unit ? 'row--selected' : undefined}>
                    <th scope="row">
                      <button
                        type="button"
                        className="link-button"
                        lang="zh-CN"
                        aria-pressed={u === unit}
                        aria-label={t('workPlan.showUnit', { unit: u.name })}
                        onClick={() => selectUnit(u === unit ? null : u.name)}
                      >
                        {u.name}
                      </button>
                    </th>
                    <td className="num">{u.lead.length}</td>
                    <td className="num">{u.cooperate.length}</td>
                    <td className="num">{u.implement.length}</td>
                    <td className="num">{u.total}</td>
                  </tr>
                ))}
              </tbody>
            </ScrollingTable>
          </section>
          <section className="panel" aria-labelledby="work-plan-headings">
            <h2 id="work-plan-headings">{t('workPlan.headingsHeading')}</h2>
            {/* role="list": Safari drops list semantics from list-style:none lists. */}
            <ol className="work-plan__headings" role="list">
              {headings.map((h) => (
                <li key={h.heading.start}>
                  <Link to={readerLocation(sourceId, h.heading, lang)} lang="zh-CN">
                    {h.heading.ordinal}、{h.heading.title}
                  </Link>{' '}
                  <span className="muted small">{t('workPlan.headingCount', { count: h.count })}</span>
                  {h.children.length > 0 && (
                    <ol role="list">
                      {h.children.map((c) => (
                        <li key={c.heading.start}>
                          <Link to={readerLocation(sourceId, c.heading, lang)} lang="zh-CN">
                            ({c.heading.ordinal}){c.heading.title}
                          </Link>{' '}
                          <span className="muted small">{t('workPlan.headingCount', { count: c.count })}</span>
                        </li>
                      ))}
                    </ol>
                  )}
                </li>
              ))}
            </ol>
          </section>
        </div>

        <section className="panel work-plan__tasks" aria-labelledby="work-plan-tasks" aria-live="polite">
          <div className="work-plan__tasks-header">
            <h2 id="work-plan-tasks">{unit ? t('workPlan.unitTasksHeading', { unit: unit.name, count: tasks.length }) : t('workPlan.tasksHeading')}</h2>
            {unit && (
              <button type="button" className="link-button" onClick={() => selectUnit(null)}>
                {t('workPlan.clearUnit')}
              </button>
            )}
          </div>
          {tasks.length === 0 && <p className="muted">{t('workPlan.noMatch', { query })}</p>}
          <ol className="work-plan__task-list">
            {tasks.map((task) => {
              const own = unit ? task.units.filter((u) => u.name === unit.name) : [];
              return (
                <li key={task.number} className="work-plan__task">
                  <article aria-labelledby={`task-${task.number}`}>
                    <h3 id={`task-${task.number}`} className="work-plan__task-title">
                      {t('workPlan.taskNumber', { n: task.number })}
                      {own.map((u) => (
                        <span key={u.start} className={`work-plan__role work-plan__role--${roleKey(u)}`}>
                          {t(`workPlan.role.${roleKey(u)}`)}
                        </span>
                      ))}
                    </h3>
                    <p className="muted small" lang="zh-CN">
                      {task.firstLevel && `${task.firstLevel.ordinal}、${task.firstLevel.title}`}
                      {task.secondLevel && ` › (${task.secondLevel.ordinal})${task.secondLevel.title}`}
                    </p>
                    <p className="work-plan__task-text" lang="zh-CN">
                      {task.text}
                    </p>
                    <ul className="work-plan__unit-chips" aria-label={t('workPlan.responsibility')}>
                      {task.units.map((u) => (
                        <li key={u.start} className={`work-plan__chip work-plan__chip--${roleKey(u)}`} lang="zh-CN">
                          {u.name} <span className="work-plan__chip-role">{t(`workPlan.role.${roleKey(u)}`)}</span>
                        </li>
                      ))}
                    </ul>
                    {task.responsibility && task.responsibility.taskNumbers.length > 1 && (
                      <p className="muted small">{t('workPlan.sharedLine', { numbers: task.responsibility.taskNumbers.join('、') })}</p>
                    )}
                    <p className="small work-plan__links">
                      <Link to={readerLocation(sourceId, task, lang)}>{t('workPlan.openTask', { n: task.number })}</Link>
                      {task.responsibility && <Link to={readerLocation(sourceId, task.responsibility, lang)}>{t('workPlan.openUnits')}</Link>}
                    </p>
                  </article>
                </li>
              );
            })}
          </ol>
        </section>
      </div>
    </div>
  );
}
