'use client';

import { useState } from 'react';
import { MapPin, PlayCircle } from 'lucide-react';
import { useConsent, type EmbedProvider } from '@/lib/consent';

const PROVIDERS = {
  youtube: {
    icon: PlayCircle,
    notice:
      'This video is hosted by YouTube. If you load it, Google sets cookies on your device and receives your IP address and the address of this page.',
    action: 'Accept cookies and load video',
    remember: 'Always load YouTube videos on this site',
    policyUrl: 'https://policies.google.com/privacy',
  },
  'google-maps': {
    icon: MapPin,
    notice:
      'This map is provided by Google Maps. Loading it sends your IP address to Google, which may also set cookies on your device.',
    action: 'Load map',
    remember: 'Always load Google Maps on this site',
    policyUrl: 'https://policies.google.com/privacy',
  },
} satisfies Record<EmbedProvider, unknown>;

type ConsentEmbedProps = {
  provider: EmbedProvider;
  src: string;
  title: string;
};

export function ConsentEmbed({ provider, src, title }: ConsentEmbedProps) {
  const { ready, embeds, allowEmbed } = useConsent();
  const [loadedHere, setLoadedHere] = useState(false);
  const [remember, setRemember] = useState(false);

  const copy = PROVIDERS[provider];
  const Icon = copy.icon;

  if (!ready) {
    return <div className="aspect-video w-full animate-pulse rounded-xl bg-slate-100" aria-hidden="true" />;
  }

  if (embeds[provider] || loadedHere) {
    return (
      <iframe
        src={src}
        title={title}
        loading="lazy"
        allow={
          provider === 'youtube'
            ? 'accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture; web-share'
            : undefined
        }
        allowFullScreen
        referrerPolicy="strict-origin-when-cross-origin"
        className="aspect-video w-full rounded-xl border-0 bg-slate-100"
      />
    );
  }

  function handleLoad() {
    if (remember) allowEmbed(provider);
    setLoadedHere(true);
  }

  return (
    <div className="flex aspect-video w-full flex-col items-center justify-center gap-4 rounded-xl border border-slate-200 bg-slate-100 p-6 text-center">
      <Icon className="h-10 w-10 text-slate-400" aria-hidden="true" />
      <p className="max-w-md text-sm leading-6 text-slate-700">{copy.notice}</p>
      <label className="flex items-center gap-2 text-sm text-slate-700">
        <input
          type="checkbox"
          checked={remember}
          onChange={(event) => setRemember(event.target.checked)}
          className="h-4 w-4 rounded border-slate-300 text-slate-900 focus:ring-slate-900"
        />
        {copy.remember}
      </label>
      <button
        type="button"
        onClick={handleLoad}
        className="rounded-md bg-slate-900 px-4 py-2 text-sm font-semibold text-white shadow-sm hover:bg-slate-700 focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-slate-900"
      >
        {copy.action}
      </button>
      <a
        href={copy.policyUrl}
        target="_blank"
        rel="noopener noreferrer"
        className="text-sm text-slate-600 underline underline-offset-2 hover:text-slate-900"
      >
        Google&apos;s privacy policy
      </a>
    </div>
  );
}
