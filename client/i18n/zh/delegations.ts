/** 委托 (#13 item 5): a reviewer on leave and the colleague who reviews for them. */
export const delegationsZh = {
  resources: {
    delegations: {
      name: '审核委托',
      fields: {
        id: '编号',
        orgName: '审核机构',
        delegatorId: '委托人',
        delegatorName: '委托人',
        delegateId: '被委托人',
        delegateName: '被委托人',
        startDate: '开始日期',
        endDate: '结束日期',
        reason: '委托事由',
        status: '状态',
        endedAt: '结束时间',
        endedByName: '结束人',
        createdAt: '设置时间',
      },
    },
  },
  delegations: {
    status: { scheduled: '未开始', active: '生效中', expired: '已到期', ended: '已结束' },
    mine: { all: '全部', delegator: '我委托的', delegate: '委托给我的' },
    mine_label: '与我相关',
    end: '结束委托',
    end_confirm: '结束后，被委托人不能再代为审核，记录仍保留。确定结束这项委托吗？',
    create_hint: '休假期间，被委托人可以办理您领取或转派给您的职称申报，每一步都记为“代您审核”。',
    acting_banner: '您正在代 %{name} 审核，至 %{date}',
    delegated_banner: '您已委托 %{name} 代为审核，至 %{date}',
    on_behalf: '代 %{name} 审核',
  },
};
