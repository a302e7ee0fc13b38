#!/bin/sh
# Counts the lines of rule-module Java (rules-*/src/main/java) that are "data written as code":
# non-comment lines that declare an article (Citation.of, SourceText.of), a territory, a date or a
# duration (LocalDate.of, Year.of, Period.of*), an amount (Money.*, new BigDecimal, Hours.of/parse),
# a stratum (Stratum.of/openEnded), a renewal or termination clause (RenewalPolicy.*, TerminationRule.*),
# or a population threshold (a literal of 3 digits or more, e.g. 3_499, 10_000).
# Usage: scripts/data-as-code.sh [module...]   (default: every rules-* module); prints per module and total.
cd "$(dirname "$0")/.." || exit 1
modules=${*:-$(ls -d rules-*)}
total=0
for m in $modules; do
  n=$(find "$m/src/main/java" -name '*.java' -print0 | xargs -0 cat \
    | grep -vE '^\s*(\*|//|/\*)' \
    | grep -cE 'Citation\.of\(|SourceText\.of\(|Territory\.(departments|epciMembers)\(|LocalDate\.of\(|Year\.of\(|Period\.of(Years|Months|Days)?\(|Money\.(parse|of|ofEuros|ofCents)\(|new BigDecimal\(|Hours\.(of|parse|ofFraction)\(|Stratum\.(of|openEnded)\(|RenewalPolicy\.(none|tacit|express)\(|TerminationRule\.(atNoticeExpiry|forFault|firstDayOfNextMonth|generalInterest)\(|[^A-Za-z0-9_."][0-9]{1,3}_[0-9]{3}|[^A-Za-z0-9_."][0-9]{3,}L?[^0-9]')
  printf '%-12s %5d\n' "$m" "$n"
  total=$((total + n))
done
printf '%-12s %5d\n' total "$total"
