/**
 * Content collections. Authors write in content/ (src/content is a link to it, because
 * Starlight reads its `docs` and `i18n` collections from src/content/). Each schema lives
 * in src/schemas/<collection>.ts; references between entries are checked for dangling ids
 * by src/lib/content/integrity.ts when the first page renders.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { pageSchema } from './schemas/page';
import { sourceSchema } from './schemas/sources';
import { instrumentSchema } from './schemas/instruments';
import { termSchema } from './schemas/terms';
import { doctrineListSchema } from './schemas/doctrine';
import { caseSchema } from './schemas/cases';
import { statSchema } from './schemas/stats';
import { questionSchema } from './schemas/questions';
import { guideCardSchema } from './schemas/guide';
import { selfCheckSchema } from './schemas/selfchecks';
import { uiStrings } from './schemas/ui-strings';

/** A data collection of YAML files in content/<name>/; the file name is the entry id. */
const yamlIn = (name: string) => glob({ base: `./content/${name}`, pattern: '**/[^_]*.{yaml,yml}' });

export const collections = {
	docs: defineCollection({ loader: docsLoader(), schema: docsSchema({ extend: pageSchema }) }),
	i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema({ extend: uiStrings }) }),
	sources: defineCollection({ loader: yamlIn('sources'), schema: sourceSchema }),
	instruments: defineCollection({ loader: yamlIn('instruments'), schema: instrumentSchema }),
	terms: defineCollection({ loader: yamlIn('terms'), schema: termSchema }),
	doctrine: defineCollection({ loader: yamlIn('doctrine'), schema: doctrineListSchema }),
	cases: defineCollection({ loader: yamlIn('cases'), schema: caseSchema }),
	stats: defineCollection({ loader: yamlIn('stats'), schema: statSchema }),
	questions: defineCollection({ loader: yamlIn('questions'), schema: questionSchema }),
	guide: defineCollection({ loader: yamlIn('guide'), schema: guideCardSchema }),
	selfchecks: defineCollection({ loader: yamlIn('selfchecks'), schema: selfCheckSchema }),
};
