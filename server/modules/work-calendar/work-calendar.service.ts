import { workCalendar } from '../../../db/schema';
import { conflict } from '../../domain/errors';
import { recomputeDeadlines } from '../appeals/appeals.deadlines';
import { catalogue } from '../catalogue';
import { calendarRepo } from './work-calendar.repo';

type Row = typeof workCalendar.$inferSelect;
type Input = { date: string; kind: Row['kind']; name: string };

/** Every change moves the deadlines of the appeals still running, in the same transaction, and its audit row says how many. */
export const { list, get, create, update, remove } = catalogue<Row, Input, Input>({
  repo: calendarRepo,
  resource: 'work-calendar',
  auditPrefix: 'workCalendar',
  write: 'workCalendar.write',
  actions: ['edit', 'delete'],
  missing: '日历条目不存在',
  fields: ({ date, kind, name }) => ({ date, kind, name }),
  unique: (f) => f.date,
  duplicate: (f) => conflict(`${f.date} 已在工作日历中`, { date: '该日期已在工作日历中' }),
  removedSummary: (r) => `${r.date} ${r.name}`,
  afterChange: (tx, summary) => {
    const moved = recomputeDeadlines(tx);
    return moved ? `${summary}；${moved} 件申诉的办理期限随之调整` : summary;
  },
});
