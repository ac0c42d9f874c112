export type ConsentKey = 'productTips' | 'usageAnalytics' | 'aiTraining';

export const CONSENT_OPTIONS: { key: ConsentKey; label: string; detail: string }[] = [
  {
    key: 'productTips',
    label: 'Email me tips, product news and offers',
    detail: 'About two emails a month. Unsubscribe from any email.',
  },
  {
    key: 'usageAnalytics',
    label: 'Share usage analytics with Mosaic',
    detail: 'Which features you use and how long pages take to load. Never the content of your notes.',
  },
  {
    key: 'aiTraining',
    label: 'Let Mosaic use my notes to train its AI models',
    detail: 'Notes are de-identified before training. You can turn this off later in Settings → Privacy.',
  },
];
