import { workCalendar } from '../../../db/schema';
import { CALENDAR_KINDS } from '../../../db/schema/appeals';
import { AppError } from '../../domain/errors';
import { dateBound, enumFilter, like, type ListSpec } from '../../../db/lists';
import { catalogueRepo } from '../catalogue.repo';

export const calendarListSpec: ListSpec = {
  resource: 'work-calendar',
  table: workCalendar,
  idColumn: workCalendar.id,
  sortable: { id: workCalendar.id, date: workCalendar.date, kind: workCalendar.kind, name: workCalendar.name },
  filters: {
    kind: enumFilter(workCalendar.kind, CALENDAR_KINDS),
    year: (value, field) => {
      const y = String(value);
      if (!/^\d{4}$/.test(y)) throw new AppError(400, `筛选条件 ${field} 应为四位年份`, { [field]: '应为四位年份' });
      return like(workCalendar.date, `${y}-`, 'prefix');
    },
    date_gte: dateBound(workCalendar.date, 'gte'),
    date_lte: dateBound(workCalendar.date, 'lte'),
  },
  search: (q) => like(workCalendar.name, q, 'contains'),
  defaultSort: ['date', 'ASC'],
};

export const calendarRepo = catalogueRepo(workCalendar, workCalendar.date);
