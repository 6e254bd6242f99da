/** The dashboard's KPI widgets [issue 14 §4]. */
export const kpisZh = {
  kpis: {
    appeals: {
      title: '申诉办理（近 30 天）',
      per_day: '每日收到与办结',
      received: '收到',
      decided: '办结',
      compliance: '按期办结率',
      compliance_detail: '近 30 天办结 %{decided} 件，其中按期 %{onTime} 件',
      compliance_none: '近 30 天没有办结的申诉',
      backlog: '各客服未办结申诉',
      undecided: '未办结',
      unassigned: '尚未领取',
      days: '%{days} 天',
      oldest: '等待最久：%{name}',
      none_waiting: '没有等待办理的申诉',
    },
    units: {
      title: '单位账号（本周）',
      pending: '待激活',
      activated_week: '本周已激活',
      at_quota: '经办人名额已满',
      per_day: '本周每日激活',
      activated: '激活',
    },
    titles: {
      title: '职称审核漏斗（按审核层级）',
      reached: '到达',
      passed: '通过',
      returned: '退回修改',
      rejected: '不通过',
      none: '暂无进行中的申报事项',
    },
    as_table: '以表格查看',
    loading: '正在加载图表…',
  },
};
