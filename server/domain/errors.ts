/**
 * The one error type every layer throws. `status` follows API.md's codes; `errors` maps a field to
 * the message react-admin shows under that input. Messages are zh-CN: they reach the clerk as-is.
 */
export class AppError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly errors?: Record<string, string>,
    readonly code?: string,
    /** Per-record reasons for a refused bulk action (e.g. which applications blocked a batch, and why). */
    readonly details?: readonly unknown[],
  ) {
    super(message);
  }
}

export const invalid = (message: string, errors?: Record<string, string>) => new AppError(400, message, errors);
export const unauthenticated = (message = '请先登录') => new AppError(401, message);
export const forbidden = (message = '您没有执行此操作的权限') => new AppError(403, message);
export const notFound = (message = '记录不存在或您无权查看') => new AppError(404, message);
export const conflict = (message: string, errors?: Record<string, string>) => new AppError(409, message, errors);
export const staleVersion = () => conflict('该记录已被他人修改，请刷新后重试');
