// Example agent for configs/examples/hello-agent.yaml: called on a schedule with the
// workload's `params`; what it prints goes to the workload log.
import { hostname, loadavg } from 'node:os';

export async function run(params = {}) {
  const greeting = params.greeting ?? 'hello';
  const result = { greeting, host: hostname(), at: new Date().toISOString() };
  if (params.sample_load) result.load1 = Number(loadavg()[0].toFixed(2));
  console.log(JSON.stringify(result));
  return result;
}
