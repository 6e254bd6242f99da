import { Router } from 'express';
import type { AppContext } from '../../context';
import { can } from '../../domain/policy';
import { actorOf, authorize } from '../../http/authorize';
import { parseListQuery, sendList } from '../../http/listQuery';
import { idParam } from '../../http/params';
import { registerRecordAccess } from '../../http/recordAccess';
import { parse } from '../../http/validate';
import { CreateCalendarDayBody, UpdateCalendarDayBody } from './work-calendar.schemas';
import { calendarListSpec } from './work-calendar.repo';
import * as service from './work-calendar.service';

/** 工作日历: sysadmin keeps the holidays and 调休 working weekends the appeal deadlines are counted on. */
export function workCalendarRoutes(ctx: AppContext) {
  registerRecordAccess('work-calendar', (_ctx, actor) => can(actor, 'workCalendar.read'));
  const r = Router();
  r.get('/', authorize('workCalendar.read'), (req, res) => {
    const p = parseListQuery(req.query, calendarListSpec);
    const { rows, total } = service.list(ctx, actorOf(req), p);
    sendList(res, 'work-calendar', p, rows, total);
  });
  r.get('/:id', authorize('workCalendar.read'), (req, res) => res.json(service.get(ctx, actorOf(req), idParam(req))));
  r.post('/', authorize('workCalendar.write'), (req, res) =>
    res.status(201).json(service.create(ctx, actorOf(req), parse(CreateCalendarDayBody, req.body))),
  );
  r.put('/:id', authorize('workCalendar.write'), (req, res) =>
    res.json(service.update(ctx, actorOf(req), idParam(req), parse(UpdateCalendarDayBody, req.body))),
  );
  r.delete('/:id', authorize('workCalendar.write'), (req, res) =>
    res.json(service.remove(ctx, actorOf(req), idParam(req))),
  );
  return r;
}
