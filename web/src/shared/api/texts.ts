// Chinese messages of the API client itself (the server's own messages are shown as they come).
export const apiTexts = {
  network: '无法连接服务器，请检查网络后重试。',
  badResponse: (status: number) =>
    `服务器返回了无法识别的响应（HTTP ${status}），请稍后重试或联系系统管理员。`,
  unknown: '操作失败，请稍后重试。',
  sessionExpired: '登录已失效，请重新登录。',
} as const;
