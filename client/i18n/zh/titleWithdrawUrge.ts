/** 撤回 and 催办 of title applications (issue 13 items 3 and 2). */
export const titleWithdrawUrgeZh = {
  resources: {
    'title-applications': {
      fields: { urged: '仅看被催办', urgeable: '仅看可催办（下级办理中）' },
    },
  },
  titles: {
    progress: { kind: { withdrawn: '撤回', urged: '催办' } },
  },
  titleWithdrawUrge: {
    withdraw: {
      button: '撤回',
      confirm:
        '撤回后，该申报回到本机构：尚未送审的回到「待审」，已送审的回到「待送审」。上级一旦领取或审核就不能再撤回。确定撤回？',
      reason: '撤回原因',
      done: '已撤回',
    },
    urge: {
      button: '催办',
      confirm: '将短信通知%{org}的审核员尽快办理，并在其审核首页显示。每个申报每天只能催办一次。',
      message: '催办留言',
      done: '已催办，短信已通知 %{count} 名审核员',
    },
    home: {
      title: '被催办',
      line: '%{org} %{name} 于 %{time} 催办申报 #%{id} %{applicant}：%{message}',
      open: '查看申报 #%{id}',
    },
    batch: { withdrawn: '已撤回 %{count} 条：%{ids}' },
  },
};
