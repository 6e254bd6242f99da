import { z } from 'zod';
import { passwordProblem, STAFF_PASSWORD_LIMITS } from '../../domain/validators';

export const LoginBody = z.object({
  username: z.string({ error: '请输入用户名' }).trim().min(1, '请输入用户名').max(64),
  password: z.string({ error: '请输入密码' }).min(1, '请输入密码').max(256),
});

export const staffPassword = z.string({ error: '请输入新密码' }).superRefine((value, c) => {
  const problem = passwordProblem(value, STAFF_PASSWORD_LIMITS);
  if (problem) c.addIssue({ code: 'custom', message: problem });
});

export const ChangePasswordBody = z.object({
  oldPassword: z.string({ error: '请输入原密码' }).min(1, '请输入原密码'),
  newPassword: staffPassword,
});
