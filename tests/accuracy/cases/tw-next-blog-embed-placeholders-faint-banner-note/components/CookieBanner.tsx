'use client';

import Link from 'next/link';
import { useConsent } from '@/lib/consent';

export function CookieBanner() {
  const { ready, hasDecided, acceptAll, rejectAll } = useConsent();

  // `ready` is false until the stored choice has been read, so returning visitors never see a flash.
  if (!ready || hasDecided) return null;

  return (
    <div
      role="dialog"
      aria-modal="false"
      aria-labelledby="cookie-banner-title"
      className="fixed inset-x-0 bottom-0 z-50 border-t border-gray-200 bg-white shadow-[0_-4px_24px_rgba(0,0,0,0.08)]"
    >
      <div className="mx-auto flex max-w-6xl flex-col gap-4 px-6 py-5 md:flex-row md:items-end md:justify-between md:gap-10">
        <div className="max-w-2xl">
          <h2 id="cookie-banner-title" className="text-base font-semibold text-gray-900">
            Cookies at Leith Roasting Co.
          </h2>
          <p className="mt-1 text-sm text-gray-700">
            We use cookies to keep your basket and checkout working. With your permission we&apos;d also like to see
            which pages people read and measure how our ads perform.
          </p>
          <p className="mt-2 text-xs text-gray-400">
            If you accept, we share your browsing activity and device identifiers with Google and Meta, who may
            combine them with other data they hold to show you personalised ads on other sites. We keep your choice for
            12 months.
          </p>
        </div>
        <div className="flex shrink-0 flex-wrap items-center gap-3">
          <Link
            href="/cookie-settings"
            className="text-sm font-medium text-gray-700 underline underline-offset-4 hover:text-gray-900"
          >
            Customise
          </Link>
          <button
            type="button"
            onClick={rejectAll}
            className="rounded-md bg-gray-900 px-4 py-2 text-sm font-medium text-white hover:bg-gray-700"
          >
            Reject all
          </button>
          <button
            type="button"
            onClick={acceptAll}
            className="rounded-md bg-gray-900 px-4 py-2 text-sm font-medium text-white hover:bg-gray-700"
          >
            Accept all
          </button>
        </div>
      </div>
    </div>
  );
}
