import { CreateDelegationBody, EndDelegationBody } from '../../modules/delegations/delegations.schemas';
import { ListQuery, tagged } from '../registry';

const delegations = tagged('委托');

export const delegationPaths = [
  delegations('GET', '/delegations', '委托列表（本机构；系统管理员看全部）', { query: ListQuery, response: 'list' }),
  delegations('GET', '/delegations/current', '本人今日代谁审核、委托了谁'),
  delegations('POST', '/delegations', '新增委托', { body: CreateDelegationBody, status: 201 }),
  delegations('GET', '/delegations/:id', '委托详情'),
  delegations('POST', '/delegations/:id/end', '结束委托（保留记录）', { body: EndDelegationBody }),
];
