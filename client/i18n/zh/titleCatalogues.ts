/** 职称审核的目录与批次: 申报事项 (sysadmin keeps them), 常用意见 (own and global), 送审批次. */
export const titleCataloguesZh = {
  resources: {
    'title-plans': {
      name: '申报事项',
      fields: {
        id: '编号',
        name: '事项名称',
        series: '职称系列',
        year: '年度',
        levels: '可申报级别',
        level: '可申报级别',
        startDate: '申报开始日期',
        endDate: '申报截止日期',
        period: '申报时间',
        active: '接受申报',
        levelDeadlineDays: '每级审核时限（工作日）',
        batchPassAllowed: '允许批量通过（单位级除外）',
        description: '说明',
        updatedAt: '更新时间',
        q: '搜索事项名称',
      },
    },
    'audit-opinions': {
      name: '常用意见',
      fields: {
        id: '编号',
        text: '意见内容',
        sortOrder: '排序',
        scope: '范围',
        result: '适用结果',
        updatedAt: '更新时间',
        q: '搜索意见内容',
      },
    },
    'submission-batches': {
      name: '送审批次',
      fields: {
        id: '批次号',
        direction: '方向',
        fromOrgName: '送审机构',
        toOrgName: '接收机构',
        applicationCount: '申报数',
        createdByName: '送审人',
        createdAt: '送审时间',
        createdAt_gte: '送审日期起',
        createdAt_lte: '送审日期止',
        note: '备注',
        attachment: '推荐报告/申报函',
        q: '搜索备注',
      },
    },
  },
  titleCatalogues: {
    plans: {
      state: { accepting: '申报中', not_started: '未开始', ended: '已截止', closed: '已关闭' },
      active_filter: { true: '接受申报', false: '已关闭' },
      hint: '网上办事大厅在申报时间内、且“接受申报”开启时受理该事项的申报；关闭后不再受理新申报，已提交的申报继续审核。修改事项不影响已提交的申报。',
      delete_confirm: '删除后不可恢复。确定删除这个申报事项？',
    },
    opinions: {
      result: { pass: '通过', return: '退回修改', reject: '不通过', any: '任何结果' },
      scope: { global: '全局', mine: '我的' },
      hint_global: '全局常用意见供所有职称审核员在审核时选用，由系统管理员维护。',
      hint_mine: '您新增的常用意见仅您本人可见、可用；全局常用意见由系统管理员维护。',
      delete_confirm: '确定删除这条常用意见吗？已使用它填写的审核意见不受影响。',
    },
    batches: {
      direction: { sent: '本机构送出', received: '本机构收到' },
      title: '送审批次 #%{id}',
      applications: '本批申报（%{count} 条）',
      no_note: '无备注',
    },
  },
  auditActions: {
    titlePlans: { create: '新增申报事项', update: '修改申报事项', delete: '删除申报事项' },
    auditOpinions: { create: '新增常用意见', update: '修改常用意见', delete: '删除常用意见' },
  },
};
