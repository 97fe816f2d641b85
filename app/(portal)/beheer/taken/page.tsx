import { getLocale, getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/authz";
import { getJobsOverview } from "@/lib/jobs/status";
import { jobMessageKey } from "@/lib/jobs/definitions";
import { formatDateTime } from "@/components/format";
import { Card, PageTitle } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";

export const metadata = { title: "Achtergrondtaken" };

/** Each background job's last run, next run and failures (lib/jobs/status.ts), in words. */
export default async function JobsPage() {
  const user = await requireRole("BEHEERDER");
  const [overview, t, locale] = await Promise.all([getJobsOverview(user), getTranslations("jobs"), getLocale()]);
  const when = (instant: Date) => formatDateTime(instant, locale, "EEEE d MMMM yyyy HH:mm");
  return (
    <>
      <PageTitle sub={t("intro")}>{t("title")}</PageTitle>
      <div className="mb-4">
        {overview.runners === 0 ? (
          <Notice tone="error">{t("runnersNone")}</Notice>
        ) : (
          <Notice>{overview.runners === 1 ? t("runnersOne") : t("runnersMany", { count: overview.runners })}</Notice>
        )}
      </div>
      <Card>
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <thead>
              <tr className="border-b border-slate-200 text-slate-600">
                <th scope="col" className="py-2 pr-3">
                  {t("job")}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t("lastRun")}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t("nextRun")}
                </th>
                <th scope="col" className="py-2">
                  {t("failures")}
                </th>
              </tr>
            </thead>
            <tbody>
              {overview.jobs.map((job) => (
                <tr key={job.name} className="border-b border-slate-100 align-top" data-testid={`job-${job.name}`}>
                  <th scope="row" className="py-3 pr-3 font-normal">
                    <span className="block font-medium">{t(`names.${jobMessageKey(job.name)}`)}</span>
                    <span className="block text-xs text-slate-600">{t(`descriptions.${jobMessageKey(job.name)}`)}</span>
                  </th>
                  <td className="py-3 pr-3">
                    {job.lastRun ? (
                      <>
                        {when(job.lastRun.at)}{" "}
                        <span className={job.lastRun.ok ? "text-green-800" : "text-red-800"}>
                          ({job.lastRun.ok ? t("ok") : t("failed")})
                        </span>
                      </>
                    ) : (
                      t("never")
                    )}
                  </td>
                  <td className="py-3 pr-3">
                    {job.nextRun ? when(job.nextRun) : t("whenNeeded")}
                    {job.waiting > 0 && (
                      <span className="block text-xs text-slate-600">{t("waiting", { count: job.waiting })}</span>
                    )}
                  </td>
                  <td className="py-3">
                    {job.failures === 0 || !job.lastFailure ? (
                      t("noFailures")
                    ) : (
                      <>
                        <span className="block text-red-800">
                          {t("failureCount", { count: job.failures, date: when(job.lastFailure.at) })}
                        </span>
                        <span className="block text-xs text-slate-600">{t(`kind.${job.lastFailure.kind}`)}</span>
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Card>
    </>
  );
}
