import { KpisResponse } from '../../modules/dashboard/dashboard.schemas';
import { tagged } from '../registry';

const dashboard = tagged('工作台');

export const dashboardPaths = [
  dashboard('GET', '/dashboard/kpis', '工作台指标（按角色；每个数字带其列表筛选）', { response: KpisResponse }),
];
