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
  for (let i = 0; i < 600; i++) {
    const task = await api.get(`/api/scaffolder/v2/tasks/${id}`);
    if (['completed', 'failed', 'cancelled'].includes(task.body.status)) {
      const events = await api.get(`/api/scaffolder/v2/tasks/${id}/events`);
      const log = events.body
        .map((e: { body: { message?: string } }) => e.body.message ?? '')
        .join('\n');
      const completion = events.body.find(
        (e: { type: string }) => e.type === 'completion',
      );
      return { created, task: task.body, log, output: completion?.body.output };
    }
    await new Promise(resolve => setTimeout(resolve, 100));
  }
  throw new Error(`task ${id} did not finish within 60 s`);
}
