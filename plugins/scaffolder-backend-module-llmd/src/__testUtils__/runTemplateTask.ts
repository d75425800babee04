import { eventually } from '@internal/test-support';
import type { startScaffolderTestBackend } from './startScaffolderTestBackend';

type Api = Awaited<ReturnType<typeof startScaffolderTestBackend>>['api'];

/**
 * Creates a scaffolder task from a registered template through the HTTP API and waits (bounded, 60 s) for it to
 * end. `created` is the creation response (a 400 when the form values do not match the template's schema); `log`
 * joins every event message; `output` is the task's output.
 */
export async function runTemplateTask(
  api: Api,
  templateName: string,
  values: object,
) {
  const created = await api.post('/api/scaffolder/v2/tasks', {
    templateRef: `template:default/${templateName}`,
    values,
  });
  if (created.status !== 201) {
    return { created, task: undefined, log: '', output: undefined };
  }
  const id = created.body.id;
  const task = await eventually(
    `task ${id} to end`,
    async () => {
      const { body } = await api.get(`/api/scaffolder/v2/tasks/${id}`);
      return ['completed', 'failed', 'cancelled'].includes(body.status) && body;
    },
    { timeoutMs: 60_000, intervalMs: 100 },
  );
  const events = await api.get(`/api/scaffolder/v2/tasks/${id}/events`);
  const log = events.body
    .map((e: { body: { message?: string } }) => e.body.message ?? '')
    .join('\n');
  const completion = events.body.find(
    (e: { type: string }) => e.type === 'completion',
  );
  return { created, task, log, output: completion?.body.output };
}
