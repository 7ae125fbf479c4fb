import { definePlugin } from '@levain/server/plugin';

export default definePlugin({});
