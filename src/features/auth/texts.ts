/** The auth feature's messages (zh-CN). */
export const authTexts = {
  badCredentials: '用户名或密码错误。',
  locked: (minutes: number, until: Date) =>
    `连续登录失败次数过多，账号已锁定 ${minutes} 分钟，请于 ${until.toLocaleTimeString('zh-CN', { hour: '2-digit', minute: '2-digit', hour12: false, timeZone: 'Asia/Shanghai' })} 后再试。`,
  wrongCurrentPassword: '当前密码不正确。',
  samePassword: '新密码不能与当前密码相同。',
};
