import { api, unwrap, type Todo } from '../../../api';

/** What the signed-in person is asked to do, across all their workspaces. */
export function getTodo(signal?: AbortSignal): Promise<Todo> {
  return unwrap(api.GET('/api/v1/me/todo', { signal }));
}
