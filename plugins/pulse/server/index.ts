import { fileURLToPath } from 'node:url';
import { definePlugin } from '@levain/server/plugin';
import { dataProcessing } from './data-processing';
import { seedPulseDemo } from './demo/index';
import { messages } from './messages';
import { pulsePermissions } from './permissions';
import { personalData } from './personal-data';
import { runSchedule } from './schedule/tick';
import { pulseSchema } from './schema/index';

/**
 * Climate-social pulse surveys (baromètre) that HR runs to watch engagement, psychosocial risk
 * (the Gollac dimensions), quality of working life and hyperconnection, with results people can
 * trust to keep their answers anonymous.
 */
export default definePlugin({
  db: { migrationsFolder: fileURLToPath(new URL('../db/migrations', import.meta.url)) },
  schema: pulseSchema,
  messages,
  permissions: pulsePermissions,
  jobs: {
    /** Opens pulses, closes them (results, alerts), delivers and reminds in working hours. */
    'pulse.schedule': {
      everyMinutes: 5,
      run: async (_payload, services) => {
        await runSchedule(services, new Date());
      },
    },
  },
  personalData,
  dataProcessing,
  demo: seedPulseDemo,
});
