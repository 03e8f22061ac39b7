import type { Metadata } from 'next';
import { ArticleReview } from '@/components/articles/article-review';

export const metadata: Metadata = { title: 'Events from an article — Faultline' };

export default function NewArticlePage() {
  return (
    <main className="page review-page">
      <ArticleReview />
    </main>
  );
}
