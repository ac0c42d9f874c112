import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ArrowLeft } from 'lucide-react';
import { getAllPostSlugs, getPostBySlug } from '@/lib/posts';
import { formatDate } from '@/lib/format';
import { NewsletterSignup } from '@/components/NewsletterSignup';
import { ConsentEmbed } from '@/components/ConsentEmbed';

type Props = { params: { slug: string } };

export const revalidate = 3600;

export async function generateStaticParams() {
  const slugs = await getAllPostSlugs();
  return slugs.map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const post = await getPostBySlug(params.slug);
  if (!post) return {};
  return {
    title: post.title,
    description: post.excerpt,
    openGraph: { type: 'article', images: post.coverImage ? [post.coverImage.src] : [] },
  };
}

export default async function BlogPostPage({ params }: Props) {
  const post = await getPostBySlug(params.slug);
  if (!post) notFound();

  const mapsKey = process.env.NEXT_PUBLIC_GOOGLE_MAPS_EMBED_KEY;

  return (
    <article className="mx-auto max-w-3xl px-6 py-16">
      <Link href="/blog" className="inline-flex items-center gap-1 text-sm font-medium text-stone-600 hover:text-stone-900">
        <ArrowLeft className="h-4 w-4" aria-hidden="true" />
        All stories
      </Link>

      <header className="mt-6 mb-10">
        <p className="text-sm font-semibold uppercase tracking-wide text-amber-800">{post.category}</p>
        <h1 className="mt-2 font-serif text-4xl font-semibold tracking-tight text-stone-900 sm:text-5xl">{post.title}</h1>
        <p className="mt-4 text-sm text-stone-600">
          <time dateTime={post.publishedAt}>{formatDate(post.publishedAt)}</time> · {post.readingMinutes} min read · by{' '}
          {post.author.name}
        </p>
      </header>

      <div className="prose prose-stone max-w-none" dangerouslySetInnerHTML={{ __html: post.introHtml }} />

      {post.youtubeId && (
        <figure className="my-10">
          <ConsentEmbed
            provider="youtube"
            src={`https://www.youtube-nocookie.com/embed/${post.youtubeId}?autoplay=1&rel=0`}
            title={post.videoTitle ?? post.title}
          />
          {post.videoCaption && <figcaption className="mt-3 text-sm text-stone-600">{post.videoCaption}</figcaption>}
        </figure>
      )}

      <div className="prose prose-stone max-w-none" dangerouslySetInnerHTML={{ __html: post.bodyHtml }} />

      {post.location && (
        <section aria-labelledby="visit-heading" className="mt-14 rounded-2xl bg-white p-6 shadow-sm ring-1 ring-stone-200">
          <h2 id="visit-heading" className="font-serif text-2xl font-semibold text-stone-900">
            Visit {post.location.name}
          </h2>
          <p className="mt-2 text-stone-700">{post.location.address}</p>
          <p className="text-stone-700">{post.location.openingHours}</p>
          <div className="mt-6">
            <ConsentEmbed
              provider="google-maps"
              src={`https://www.google.com/maps/embed/v1/place?key=${mapsKey}&q=${encodeURIComponent(post.location.mapsQuery)}`}
              title={`Map showing ${post.location.name}`}
            />
          </div>
          <a
            href={`https://www.google.com/maps/dir/?api=1&destination=${encodeURIComponent(post.location.mapsQuery)}`}
            target="_blank"
            rel="noopener noreferrer"
            className="mt-4 inline-block text-sm font-medium text-amber-800 underline underline-offset-4"
          >
            Directions in Google Maps
          </a>
        </section>
      )}

      <NewsletterSignup source={`blog:${post.slug}`} className="mt-16" />
    </article>
  );
}
