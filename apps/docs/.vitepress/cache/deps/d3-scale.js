import { number, piecewise, round, value } from "./chunk-BGP2DTSB.js";
import {
  format,
  formatPrefix,
  formatSpecifier,
  precisionFixed,
  precisionPrefix,
  precisionRound,
} from "./chunk-F24T5I7S.js";
import {
  ascending,
  bisector,
  bisectRight,
  InternMap,
  quantile,
  quantileSorted,
  range,
  tickIncrement,
  tickStep,
  ticks,
} from "./chunk-NUB7S7AH.js";
import "./chunk-G3PMV62Z.js";

// ../../node_modules/.pnpm/d3-time@3.1.1/node_modules/d3-time/dist/d3-time.mjs
var t0 = /* @__PURE__ */ new Date();
var t1 = /* @__PURE__ */ new Date();
function timeInterval(floori, offseti, count, field) {
  function interval(date2) {
    return (
      floori(
        (date2 = arguments.length === 0 ? /* @__PURE__ */ new Date() : /* @__PURE__ */ new Date(+date2)),
      ),
      date2
    );
  }
  interval.floor = (date2) => {
    return (floori((date2 = /* @__PURE__ */ new Date(+date2))), date2);
  };
  interval.ceil = (date2) => {
    return (floori((date2 = new Date(date2 - 1))), offseti(date2, 1), floori(date2), date2);
  };
  interval.round = (date2) => {
    const d0 = interval(date2),
      d1 = interval.ceil(date2);
    return date2 - d0 < d1 - date2 ? d0 : d1;
  };
  interval.offset = (date2, step) => {
    return (offseti((date2 = /* @__PURE__ */ new Date(+date2)), step == null ? 1 : Math.floor(step)), date2);
  };
  interval.range = (start, stop, step) => {
    const range2 = [];
    start = interval.ceil(start);
    step = step == null ? 1 : Math.floor(step);
    if (!(start < stop) || !(step > 0)) return range2;
    let previous;
    do range2.push((previous = /* @__PURE__ */ new Date(+start))), offseti(start, step), floori(start);
    while (previous < start && start < stop);
    return range2;
  };
  interval.filter = (test) => {
    return timeInterval(
      (date2) => {
        if (date2 >= date2) while ((floori(date2), !test(date2))) date2.setTime(date2 - 1);
      },
      (date2, step) => {
        if (date2 >= date2) {
          if (step < 0)
            while (++step <= 0) {
              while ((offseti(date2, -1), !test(date2))) {}
            }
          else
            while (--step >= 0) {
              while ((offseti(date2, 1), !test(date2))) {}
            }
        }
      },
    );
  };
  if (count) {
    interval.count = (start, end) => {
      t0.setTime(+start), t1.setTime(+end);
      floori(t0), floori(t1);
      return Math.floor(count(t0, t1));
    };
    interval.every = (step) => {
      step = Math.floor(step);
      return !isFinite(step) || !(step > 0)
        ? null
        : !(step > 1)
          ? interval
          : interval.filter(field ? (d) => field(d) % step === 0 : (d) => interval.count(0, d) % step === 0);
    };
  }
  return interval;
}
var millisecond = timeInterval(
  () => {},
  (date2, step) => {
    date2.setTime(+date2 + step);
  },
  (start, end) => {
    return end - start;
  },
);
millisecond.every = (k) => {
  k = Math.floor(k);
  if (!isFinite(k) || !(k > 0)) return null;
  if (!(k > 1)) return millisecond;
  return timeInterval(
    (date2) => {
      date2.setTime(Math.floor(date2 / k) * k);
    },
    (date2, step) => {
      date2.setTime(+date2 + step * k);
    },
    (start, end) => {
      return (end - start) / k;
    },
  );
};
var milliseconds = millisecond.range;
var durationSecond = 1e3;
var durationMinute = durationSecond * 60;
var durationHour = durationMinute * 60;
var durationDay = durationHour * 24;
var durationWeek = durationDay * 7;
var durationMonth = durationDay * 30;
var durationYear = durationDay * 365;
var second = timeInterval(
  (date2) => {
    date2.setTime(date2 - date2.getMilliseconds());
  },
  (date2, step) => {
    date2.setTime(+date2 + step * durationSecond);
  },
  (start, end) => {
    return (end - start) / durationSecond;
  },
  (date2) => {
    return date2.getUTCSeconds();
  },
);
var seconds = second.range;
var timeMinute = timeInterval(
  (date2) => {
    date2.setTime(date2 - date2.getMilliseconds() - date2.getSeconds() * durationSecond);
  },
  (date2, step) => {
    date2.setTime(+date2 + step * durationMinute);
  },
  (start, end) => {
    return (end - start) / durationMinute;
  },
  (date2) => {
    return date2.getMinutes();
  },
);
var timeMinutes = timeMinute.range;
var utcMinute = timeInterval(
  (date2) => {
    date2.setUTCSeconds(0, 0);
  },
  (date2, step) => {
    date2.setTime(+date2 + step * durationMinute);
  },
  (start, end) => {
    return (end - start) / durationMinute;
  },
  (date2) => {
    return date2.getUTCMinutes();
  },
);
var utcMinutes = utcMinute.range;
var timeHour = timeInterval(
  (date2) => {
    date2.setTime(
      date2 -
        date2.getMilliseconds() -
        date2.getSeconds() * durationSecond -
        date2.getMinutes() * durationMinute,
    );
  },
  (date2, step) => {
    date2.setTime(+date2 + step * durationHour);
  },
  (start, end) => {
    return (end - start) / durationHour;
  },
  (date2) => {
    return date2.getHours();
  },
);
var timeHours = timeHour.range;
var utcHour = timeInterval(
  (date2) => {
    date2.setUTCMinutes(0, 0, 0);
  },
  (date2, step) => {
    date2.setTime(+date2 + step * durationHour);
  },
  (start, end) => {
    return (end - start) / durationHour;
  },
  (date2) => {
    return date2.getUTCHours();
  },
);
var utcHours = utcHour.range;
var timeDay = timeInterval(
  (date2) => date2.setHours(0, 0, 0, 0),
  (date2, step) => date2.setDate(date2.getDate() + step),
  (start, end) =>
    (end - start - (end.getTimezoneOffset() - start.getTimezoneOffset()) * durationMinute) / durationDay,
  (date2) => date2.getDate() - 1,
);
var timeDays = timeDay.range;
var utcDay = timeInterval(
  (date2) => {
    date2.setUTCHours(0, 0, 0, 0);
  },
  (date2, step) => {
    date2.setUTCDate(date2.getUTCDate() + step);
  },
  (start, end) => {
    return (end - start) / durationDay;
  },
  (date2) => {
    return date2.getUTCDate() - 1;
  },
);
var utcDays = utcDay.range;
var unixDay = timeInterval(
  (date2) => {
    date2.setUTCHours(0, 0, 0, 0);
  },
  (date2, step) => {
    date2.setUTCDate(date2.getUTCDate() + step);
  },
  (start, end) => {
    return (end - start) / durationDay;
  },
  (date2) => {
    return Math.floor(date2 / durationDay);
  },
);
var unixDays = unixDay.range;
function timeWeekday(i) {
  return timeInterval(
    (date2) => {
      date2.setDate(date2.getDate() - ((date2.getDay() + 7 - i) % 7));
      date2.setHours(0, 0, 0, 0);
    },
    (date2, step) => {
      date2.setDate(date2.getDate() + step * 7);
    },
    (start, end) => {
      return (
        (end - start - (end.getTimezoneOffset() - start.getTimezoneOffset()) * durationMinute) / durationWeek
      );
    },
  );
}
var timeSunday = timeWeekday(0);
var timeMonday = timeWeekday(1);
var timeTuesday = timeWeekday(2);
var timeWednesday = timeWeekday(3);
var timeThursday = timeWeekday(4);
var timeFriday = timeWeekday(5);
var timeSaturday = timeWeekday(6);
var timeSundays = timeSunday.range;
var timeMondays = timeMonday.range;
var timeTuesdays = timeTuesday.range;
var timeWednesdays = timeWednesday.range;
var timeThursdays = timeThursday.range;
var timeFridays = timeFriday.range;
var timeSaturdays = timeSaturday.range;
function utcWeekday(i) {
  return timeInterval(
    (date2) => {
      date2.setUTCDate(date2.getUTCDate() - ((date2.getUTCDay() + 7 - i) % 7));
      date2.setUTCHours(0, 0, 0, 0);
    },
    (date2, step) => {
      date2.setUTCDate(date2.getUTCDate() + step * 7);
    },
    (start, end) => {
      return (end - start) / durationWeek;
    },
  );
}
var utcSunday = utcWeekday(0);
var utcMonday = utcWeekday(1);
var utcTuesday = utcWeekday(2);
var utcWednesday = utcWeekday(3);
var utcThursday = utcWeekday(4);
var utcFriday = utcWeekday(5);
var utcSaturday = utcWeekday(6);
var utcSundays = utcSunday.range;
var utcMondays = utcMonday.range;
var utcTuesdays = utcTuesday.range;
var utcWednesdays = utcWednesday.range;
var utcThursdays = utcThursday.range;
var utcFridays = utcFriday.range;
var utcSaturdays = utcSaturday.range;
var timeMonth = timeInterval(
  (date2) => {
    date2.setDate(1);
    date2.setHours(0, 0, 0, 0);
  },
  (date2, step) => {
    date2.setMonth(date2.getMonth() + step);
  },
  (start, end) => {
    return end.getMonth() - start.getMonth() + (end.getFullYear() - start.getFullYear()) * 12;
  },
  (date2) => {
    return date2.getMonth();
  },
);
var timeMonths = timeMonth.range;
var utcMonth = timeInterval(
  (date2) => {
    date2.setUTCDate(1);
    date2.setUTCHours(0, 0, 0, 0);
  },
  (date2, step) => {
    date2.setUTCMonth(date2.getUTCMonth() + step);
  },
  (start, end) => {
    return end.getUTCMonth() - start.getUTCMonth() + (end.getUTCFullYear() - start.getUTCFullYear()) * 12;
  },
  (date2) => {
    return date2.getUTCMonth();
  },
);
var utcMonths = utcMonth.range;
var timeYear = timeInterval(
  (date2) => {
    date2.setMonth(0, 1);
    date2.setHours(0, 0, 0, 0);
  },
  (date2, step) => {
    date2.setFullYear(date2.getFullYear() + step);
  },
  (start, end) => {
    return end.getFullYear() - start.getFullYear();
  },
  (date2) => {
    return date2.getFullYear();
  },
);
timeYear.every = (k) => {
  return !isFinite((k = Math.floor(k))) || !(k > 0)
    ? null
    : timeInterval(
        (date2) => {
          date2.setFullYear(Math.floor(date2.getFullYear() / k) * k);
          date2.setMonth(0, 1);
          date2.setHours(0, 0, 0, 0);
        },
        (date2, step) => {
          date2.setFullYear(date2.getFullYear() + step * k);
        },
      );
};
var timeYears = timeYear.range;
var utcYear = timeInterval(
  (date2) => {
    date2.setUTCMonth(0, 1);
    date2.setUTCHours(0, 0, 0, 0);
  },
  (date2, step) => {
    date2.setUTCFullYear(date2.getUTCFullYear() + step);
  },
  (start, end) => {
    return end.getUTCFullYear() - start.getUTCFullYear();
  },
  (date2) => {
    return date2.getUTCFullYear();
  },
);
utcYear.every = (k) => {
  return !isFinite((k = Math.floor(k))) || !(k > 0)
    ? null
    : timeInterval(
        (date2) => {
          date2.setUTCFullYear(Math.floor(date2.getUTCFullYear() / k) * k);
          date2.setUTCMonth(0, 1);
          date2.setUTCHours(0, 0, 0, 0);
        },
        (date2, step) => {
          date2.setUTCFullYear(date2.getUTCFullYear() + step * k);
        },
      );
};
var utcYears = utcYear.range;
function ticker(year, month, week, day, hour, minute) {
  const tickIntervals = [
    [second, 1, durationSecond],
    [second, 5, 5 * durationSecond],
    [second, 15, 15 * durationSecond],
    [second, 30, 30 * durationSecond],
    [minute, 1, durationMinute],
    [minute, 5, 5 * durationMinute],
    [minute, 15, 15 * durationMinute],
    [minute, 30, 30 * durationMinute],
    [hour, 1, durationHour],
    [hour, 3, 3 * durationHour],
    [hour, 6, 6 * durationHour],
    [hour, 12, 12 * durationHour],
    [day, 1, durationDay],
    [day, 2, 2 * durationDay],
    [week, 1, durationWeek],
    [month, 1, durationMonth],
    [month, 3, 3 * durationMonth],
    [year, 1, durationYear],
  ];
  function ticks2(start, stop, count) {
    const reverse = stop < start;
    if (reverse) [start, stop] = [stop, start];
    const interval = count && typeof count.range === "function" ? count : tickInterval(start, stop, count);
    const ticks3 = interval ? interval.range(start, +stop + 1) : [];
    return reverse ? ticks3.reverse() : ticks3;
  }
  function tickInterval(start, stop, count) {
    const target = Math.abs(stop - start) / count;
    const i = bisector(([, , step2]) => step2).right(tickIntervals, target);
    if (i === tickIntervals.length)
      return year.every(tickStep(start / durationYear, stop / durationYear, count));
    if (i === 0) return millisecond.every(Math.max(tickStep(start, stop, count), 1));
    const [t, step] =
      tickIntervals[target / tickIntervals[i - 1][2] < tickIntervals[i][2] / target ? i - 1 : i];
    return t.every(step);
  }
  return [ticks2, tickInterval];
}
var [utcTicks, utcTickInterval] = ticker(utcYear, utcMonth, utcSunday, unixDay, utcHour, utcMinute);
var [timeTicks, timeTickInterval] = ticker(timeYear, timeMonth, timeSunday, timeDay, timeHour, timeMinute);

// ../../node_modules/.pnpm/d3-time-format@4.1.1/node_modules/d3-time-format/dist/d3-time-format.mjs
function localDate(d) {
  if (0 <= d.y && d.y < 100) {
    var date2 = new Date(-1, d.m, d.d, d.H, d.M, d.S, d.L);
    date2.setFullYear(d.y);
    return date2;
  }
  return new Date(d.y, d.m, d.d, d.H, d.M, d.S, d.L);
}
function utcDate(d) {
  if (0 <= d.y && d.y < 100) {
    var date2 = new Date(Date.UTC(-1, d.m, d.d, d.H, d.M, d.S, d.L));
    date2.setUTCFullYear(d.y);
    return date2;
  }
  return new Date(Date.UTC(d.y, d.m, d.d, d.H, d.M, d.S, d.L));
}
function newDate(y, m, d) {
  return { y, m, d, H: 0, M: 0, S: 0, L: 0 };
}
function formatLocale(locale2) {
  var locale_dateTime = locale2.dateTime,
    locale_date = locale2.date,
    locale_time = locale2.time,
    locale_periods = locale2.periods,
    locale_weekdays = locale2.days,
    locale_shortWeekdays = locale2.shortDays,
    locale_months = locale2.months,
    locale_shortMonths = locale2.shortMonths;
  var periodRe = formatRe(locale_periods),
    periodLookup = formatLookup(locale_periods),
    weekdayRe = formatRe(locale_weekdays),
    weekdayLookup = formatLookup(locale_weekdays),
    shortWeekdayRe = formatRe(locale_shortWeekdays),
    shortWeekdayLookup = formatLookup(locale_shortWeekdays),
    monthRe = formatRe(locale_months),
    monthLookup = formatLookup(locale_months),
    shortMonthRe = formatRe(locale_shortMonths),
    shortMonthLookup = formatLookup(locale_shortMonths);
  var formats = {
    a: formatShortWeekday,
    A: formatWeekday,
    b: formatShortMonth,
    B: formatMonth,
    c: null,
    d: formatDayOfMonth,
    e: formatDayOfMonth,
    f: formatMicroseconds,
    g: formatYearISO,
    G: formatFullYearISO,
    H: formatHour24,
    I: formatHour12,
    j: formatDayOfYear,
    L: formatMilliseconds,
    m: formatMonthNumber,
    M: formatMinutes,
    p: formatPeriod,
    q: formatQuarter,
    Q: formatUnixTimestamp,
    s: formatUnixTimestampSeconds,
    S: formatSeconds,
    u: formatWeekdayNumberMonday,
    U: formatWeekNumberSunday,
    V: formatWeekNumberISO,
    w: formatWeekdayNumberSunday,
    W: formatWeekNumberMonday,
    x: null,
    X: null,
    y: formatYear,
    Y: formatFullYear,
    Z: formatZone,
    "%": formatLiteralPercent,
  };
  var utcFormats = {
    a: formatUTCShortWeekday,
    A: formatUTCWeekday,
    b: formatUTCShortMonth,
    B: formatUTCMonth,
    c: null,
    d: formatUTCDayOfMonth,
    e: formatUTCDayOfMonth,
    f: formatUTCMicroseconds,
    g: formatUTCYearISO,
    G: formatUTCFullYearISO,
    H: formatUTCHour24,
    I: formatUTCHour12,
    j: formatUTCDayOfYear,
    L: formatUTCMilliseconds,
    m: formatUTCMonthNumber,
    M: formatUTCMinutes,
    p: formatUTCPeriod,
    q: formatUTCQuarter,
    Q: formatUnixTimestamp,
    s: formatUnixTimestampSeconds,
    S: formatUTCSeconds,
    u: formatUTCWeekdayNumberMonday,
    U: formatUTCWeekNumberSunday,
    V: formatUTCWeekNumberISO,
    w: formatUTCWeekdayNumberSunday,
    W: formatUTCWeekNumberMonday,
    x: null,
    X: null,
    y: formatUTCYear,
    Y: formatUTCFullYear,
    Z: formatUTCZone,
    "%": formatLiteralPercent,
  };
  var parses = {
    a: parseShortWeekday,
    A: parseWeekday,
    b: parseShortMonth,
    B: parseMonth,
    c: parseLocaleDateTime,
    d: parseDayOfMonth,
    e: parseDayOfMonth,
    f: parseMicroseconds,
    g: parseYear,
    G: parseFullYear,
    H: parseHour24,
    I: parseHour24,
    j: parseDayOfYear,
    L: parseMilliseconds,
    m: parseMonthNumber,
    M: parseMinutes,
    p: parsePeriod,
    q: parseQuarter,
    Q: parseUnixTimestamp,
    s: parseUnixTimestampSeconds,
    S: parseSeconds,
    u: parseWeekdayNumberMonday,
    U: parseWeekNumberSunday,
    V: parseWeekNumberISO,
    w: parseWeekdayNumberSunday,
    W: parseWeekNumberMonday,
    x: parseLocaleDate,
    X: parseLocaleTime,
    y: parseYear,
    Y: parseFullYear,
    Z: parseZone,
    "%": parseLiteralPercent,
  };
  formats.x = newFormat(locale_date, formats);
  formats.X = newFormat(locale_time, formats);
  formats.c = newFormat(locale_dateTime, formats);
  utcFormats.x = newFormat(locale_date, utcFormats);
  utcFormats.X = newFormat(locale_time, utcFormats);
  utcFormats.c = newFormat(locale_dateTime, utcFormats);
  function newFormat(specifier, formats2) {
    return (date2) => {
      var string = [],
        i = -1,
        j = 0,
        n = specifier.length,
        c,
        pad2,
        format2;
      if (!(date2 instanceof Date)) date2 = /* @__PURE__ */ new Date(+date2);
      while (++i < n) {
        if (specifier.charCodeAt(i) === 37) {
          string.push(specifier.slice(j, i));
          if ((pad2 = pads[(c = specifier.charAt(++i))]) != null) c = specifier.charAt(++i);
          else pad2 = c === "e" ? " " : "0";
          if ((format2 = formats2[c])) c = format2(date2, pad2);
          string.push(c);
          j = i + 1;
        }
      }
      string.push(specifier.slice(j, i));
      return string.join("");
    };
  }
  function newParse(specifier, Z) {
    return (string) => {
      var d = newDate(1900, void 0, 1),
        i = parseSpecifier(d, specifier, (string += ""), 0),
        week,
        day;
      if (i != string.length) return null;
      if ("Q" in d) return new Date(d.Q);
      if ("s" in d) return new Date(d.s * 1e3 + ("L" in d ? d.L : 0));
      if (Z && !("Z" in d)) d.Z = 0;
      if ("p" in d) d.H = (d.H % 12) + d.p * 12;
      if (d.m === void 0) d.m = "q" in d ? d.q : 0;
      if ("V" in d) {
        if (d.V < 1 || d.V > 53) return null;
        if (!("w" in d)) d.w = 1;
        if ("Z" in d) {
          (week = utcDate(newDate(d.y, 0, 1))), (day = week.getUTCDay());
          week = day > 4 || day === 0 ? utcMonday.ceil(week) : utcMonday(week);
          week = utcDay.offset(week, (d.V - 1) * 7);
          d.y = week.getUTCFullYear();
          d.m = week.getUTCMonth();
          d.d = week.getUTCDate() + ((d.w + 6) % 7);
        } else {
          (week = localDate(newDate(d.y, 0, 1))), (day = week.getDay());
          week = day > 4 || day === 0 ? timeMonday.ceil(week) : timeMonday(week);
          week = timeDay.offset(week, (d.V - 1) * 7);
          d.y = week.getFullYear();
          d.m = week.getMonth();
          d.d = week.getDate() + ((d.w + 6) % 7);
        }
      } else if ("W" in d || "U" in d) {
        if (!("w" in d)) d.w = "u" in d ? d.u % 7 : "W" in d ? 1 : 0;
        day = "Z" in d ? utcDate(newDate(d.y, 0, 1)).getUTCDay() : localDate(newDate(d.y, 0, 1)).getDay();
        d.m = 0;
        d.d = "W" in d ? ((d.w + 6) % 7) + d.W * 7 - ((day + 5) % 7) : d.w + d.U * 7 - ((day + 6) % 7);
      }
      if ("Z" in d) {
        d.H += (d.Z / 100) | 0;
        d.M += d.Z % 100;
        return utcDate(d);
      }
      return localDate(d);
    };
  }
  function parseSpecifier(d, specifier, string, j) {
    var i = 0,
      n = specifier.length,
      m = string.length,
      c,
      parse;
    while (i < n) {
      if (j >= m) return -1;
      c = specifier.charCodeAt(i++);
      if (c === 37) {
        c = specifier.charAt(i++);
        parse = parses[c in pads ? specifier.charAt(i++) : c];
        if (!parse || (j = parse(d, string, j)) < 0) return -1;
      } else if (c != string.charCodeAt(j++)) {
        return -1;
      }
    }
    return j;
  }
  function parsePeriod(d, string, i) {
    var n = periodRe.exec(string.slice(i));
    return n ? ((d.p = periodLookup.get(n[0].toLowerCase())), i + n[0].length) : -1;
  }
  function parseShortWeekday(d, string, i) {
    var n = shortWeekdayRe.exec(string.slice(i));
    return n ? ((d.w = shortWeekdayLookup.get(n[0].toLowerCase())), i + n[0].length) : -1;
  }
  function parseWeekday(d, string, i) {
    var n = weekdayRe.exec(string.slice(i));
    return n ? ((d.w = weekdayLookup.get(n[0].toLowerCase())), i + n[0].length) : -1;
  }
  function parseShortMonth(d, string, i) {
    var n = shortMonthRe.exec(string.slice(i));
    return n ? ((d.m = shortMonthLookup.get(n[0].toLowerCase())), i + n[0].length) : -1;
  }
  function parseMonth(d, string, i) {
    var n = monthRe.exec(string.slice(i));
    return n ? ((d.m = monthLookup.get(n[0].toLowerCase())), i + n[0].length) : -1;
  }
  function parseLocaleDateTime(d, string, i) {
    return parseSpecifier(d, locale_dateTime, string, i);
  }
  function parseLocaleDate(d, string, i) {
    return parseSpecifier(d, locale_date, string, i);
  }
  function parseLocaleTime(d, string, i) {
    return parseSpecifier(d, locale_time, string, i);
  }
  function formatShortWeekday(d) {
    return locale_shortWeekdays[d.getDay()];
  }
  function formatWeekday(d) {
    return locale_weekdays[d.getDay()];
  }
  function formatShortMonth(d) {
    return locale_shortMonths[d.getMonth()];
  }
  function formatMonth(d) {
    return locale_months[d.getMonth()];
  }
  function formatPeriod(d) {
    return locale_periods[+(d.getHours() >= 12)];
  }
  function formatQuarter(d) {
    return 1 + ~~(d.getMonth() / 3);
  }
  function formatUTCShortWeekday(d) {
    return locale_shortWeekdays[d.getUTCDay()];
  }
  function formatUTCWeekday(d) {
    return locale_weekdays[d.getUTCDay()];
  }
  function formatUTCShortMonth(d) {
    return locale_shortMonths[d.getUTCMonth()];
  }
  function formatUTCMonth(d) {
    return locale_months[d.getUTCMonth()];
  }
  function formatUTCPeriod(d) {
    return locale_periods[+(d.getUTCHours() >= 12)];
  }
  function formatUTCQuarter(d) {
    return 1 + ~~(d.getUTCMonth() / 3);
  }
  return {
    format: (specifier) => {
      var f = newFormat((specifier += ""), formats);
      f.toString = () => specifier;
      return f;
    },
    parse: (specifier) => {
      var p = newParse((specifier += ""), false);
      p.toString = () => specifier;
      return p;
    },
    utcFormat: (specifier) => {
      var f = newFormat((specifier += ""), utcFormats);
      f.toString = () => specifier;
      return f;
    },
    utcParse: (specifier) => {
      var p = newParse((specifier += ""), true);
      p.toString = () => specifier;
      return p;
    },
  };
}
var pads = { "-": "", _: " ", 0: "0" };
var numberRe = /^\s*\d+/;
var percentRe = /^%/;
var requoteRe = /[\\^$*+?|[\]().{}]/g;
function pad(value2, fill, width) {
  var sign = value2 < 0 ? "-" : "",
    string = (sign ? -value2 : value2) + "",
    length = string.length;
  return sign + (length < width ? new Array(width - length + 1).join(fill) + string : string);
}
function requote(s) {
  return s.replace(requoteRe, "\\$&");
}
function formatRe(names) {
  return new RegExp("^(?:" + names.map(requote).join("|") + ")", "i");
}
function formatLookup(names) {
  return new Map(names.map((name, i) => [name.toLowerCase(), i]));
}
function parseWeekdayNumberSunday(d, string, i) {
  var n = numberRe.exec(string.slice(i, i + 1));
  return n ? ((d.w = +n[0]), i + n[0].length) : -1;
}
function parseWeekdayNumberMonday(d, string, i) {
  var n = numberRe.exec(string.slice(i, i + 1));
  return n ? ((d.u = +n[0]), i + n[0].length) : -1;
}
function parseWeekNumberSunday(d, string, i) {
  var n = numberRe.exec(string.slice(i, i + 2));
  return n ? ((d.U = +n[0]), i + n[0].length) : -1;
}
function parseWeekNumberISO(d, string, i) {
  var n = numberRe.exec(string.slice(i, i + 2));
  return n ? ((d.V = +n[0]), i + n[0].length) : -1;
}
function parseWeekNumberMonday(d, string, i) {
  var n = numberRe.exec(string.slice(i, i + 2));
  return n ? ((d.W = +n[0]), i + n[0].length) : -1;
}
function parseFullYear(d, string, i) {
  var n = numberRe.exec(string.slice(i, i + 4));
  return n ? ((d.y = +n[0]), i + n[0].length) : -1;
}
function parseYear(d, string, i) {
  var n = numberRe.exec(string.slice(i, i + 2));
  return n ? ((d.y = +n[0] + (+n[0] > 68 ? 1900 : 2e3)), i + n[0].length) : -1;
}
function parseZone(d, string, i) {
  var n = /^(Z)|([+-]\d\d)(?::?(\d\d))?/.exec(string.slice(i, i + 6));
  return n ? ((d.Z = n[1] ? 0 : -(n[2] + (n[3] || "00"))), i + n[0].length) : -1;
}
function parseQuarter(d, string, i) {
  var n = numberRe.exec(string.slice(i, i + 1));
  return n ? ((d.q = n[0] * 3 - 3), i + n[0].length) : -1;
}
function parseMonthNumber(d, string, i) {
  var n = numberRe.exec(string.slice(i, i + 2));
  return n ? ((d.m = n[0] - 1), i + n[0].length) : -1;
}
function parseDayOfMonth(d, string, i) {
  var n = numberRe.exec(string.slice(i, i + 2));
  return n ? ((d.d = +n[0]), i + n[0].length) : -1;
}
function parseDayOfYear(d, string, i) {
  var n = numberRe.exec(string.slice(i, i + 3));
  return n ? ((d.m = 0), (d.d = +n[0]), i + n[0].length) : -1;
}
function parseHour24(d, string, i) {
  var n = numberRe.exec(string.slice(i, i + 2));
  return n ? ((d.H = +n[0]), i + n[0].length) : -1;
}
function parseMinutes(d, string, i) {
  var n = numberRe.exec(string.slice(i, i + 2));
  return n ? ((d.M = +n[0]), i + n[0].length) : -1;
}
function parseSeconds(d, string, i) {
  var n = numberRe.exec(string.slice(i, i + 2));
  return n ? ((d.S = +n[0]), i + n[0].length) : -1;
}
function parseMilliseconds(d, string, i) {
  var n = numberRe.exec(string.slice(i, i + 3));
  return n ? ((d.L = +n[0]), i + n[0].length) : -1;
}
function parseMicroseconds(d, string, i) {
  var n = numberRe.exec(string.slice(i, i + 6));
  return n ? ((d.L = Math.floor(n[0] / 1e3)), i + n[0].length) : -1;
}
function parseLiteralPercent(d, string, i) {
  var n = percentRe.exec(string.slice(i, i + 1));
  return n ? i + n[0].length : -1;
}
function parseUnixTimestamp(d, string, i) {
  var n = numberRe.exec(string.slice(i));
  return n ? ((d.Q = +n[0]), i + n[0].length) : -1;
}
function parseUnixTimestampSeconds(d, string, i) {
  var n = numberRe.exec(string.slice(i));
  return n ? ((d.s = +n[0]), i + n[0].length) : -1;
}
function formatDayOfMonth(d, p) {
  return pad(d.getDate(), p, 2);
}
function formatHour24(d, p) {
  return pad(d.getHours(), p, 2);
}
function formatHour12(d, p) {
  return pad(d.getHours() % 12 || 12, p, 2);
}
function formatDayOfYear(d, p) {
  return pad(1 + timeDay.count(timeYear(d), d), p, 3);
}
function formatMilliseconds(d, p) {
  return pad(d.getMilliseconds(), p, 3);
}
function formatMicroseconds(d, p) {
  return formatMilliseconds(d, p) + "000";
}
function formatMonthNumber(d, p) {
  return pad(d.getMonth() + 1, p, 2);
}
function formatMinutes(d, p) {
  return pad(d.getMinutes(), p, 2);
}
function formatSeconds(d, p) {
  return pad(d.getSeconds(), p, 2);
}
function formatWeekdayNumberMonday(d) {
  var day = d.getDay();
  return day === 0 ? 7 : day;
}
function formatWeekNumberSunday(d, p) {
  return pad(timeSunday.count(timeYear(d) - 1, d), p, 2);
}
function dISO(d) {
  var day = d.getDay();
  return day >= 4 || day === 0 ? timeThursday(d) : timeThursday.ceil(d);
}
function formatWeekNumberISO(d, p) {
  d = dISO(d);
  return pad(timeThursday.count(timeYear(d), d) + (timeYear(d).getDay() === 4), p, 2);
}
function formatWeekdayNumberSunday(d) {
  return d.getDay();
}
function formatWeekNumberMonday(d, p) {
  return pad(timeMonday.count(timeYear(d) - 1, d), p, 2);
}
function formatYear(d, p) {
  return pad(d.getFullYear() % 100, p, 2);
}
function formatYearISO(d, p) {
  d = dISO(d);
  return pad(d.getFullYear() % 100, p, 2);
}
function formatFullYear(d, p) {
  return pad(d.getFullYear() % 1e4, p, 4);
}
function formatFullYearISO(d, p) {
  var day = d.getDay();
  d = day >= 4 || day === 0 ? timeThursday(d) : timeThursday.ceil(d);
  return pad(d.getFullYear() % 1e4, p, 4);
}
function formatZone(d) {
  var z = d.getTimezoneOffset();
  return (z > 0 ? "-" : ((z *= -1), "+")) + pad((z / 60) | 0, "0", 2) + pad(z % 60, "0", 2);
}
function formatUTCDayOfMonth(d, p) {
  return pad(d.getUTCDate(), p, 2);
}
function formatUTCHour24(d, p) {
  return pad(d.getUTCHours(), p, 2);
}
function formatUTCHour12(d, p) {
  return pad(d.getUTCHours() % 12 || 12, p, 2);
}
function formatUTCDayOfYear(d, p) {
  return pad(1 + utcDay.count(utcYear(d), d), p, 3);
}
function formatUTCMilliseconds(d, p) {
  return pad(d.getUTCMilliseconds(), p, 3);
}
function formatUTCMicroseconds(d, p) {
  return formatUTCMilliseconds(d, p) + "000";
}
function formatUTCMonthNumber(d, p) {
  return pad(d.getUTCMonth() + 1, p, 2);
}
function formatUTCMinutes(d, p) {
  return pad(d.getUTCMinutes(), p, 2);
}
function formatUTCSeconds(d, p) {
  return pad(d.getUTCSeconds(), p, 2);
}
function formatUTCWeekdayNumberMonday(d) {
  var dow = d.getUTCDay();
  return dow === 0 ? 7 : dow;
}
function formatUTCWeekNumberSunday(d, p) {
  return pad(utcSunday.count(utcYear(d) - 1, d), p, 2);
}
function UTCdISO(d) {
  var day = d.getUTCDay();
  return day >= 4 || day === 0 ? utcThursday(d) : utcThursday.ceil(d);
}
function formatUTCWeekNumberISO(d, p) {
  d = UTCdISO(d);
  return pad(utcThursday.count(utcYear(d), d) + (utcYear(d).getUTCDay() === 4), p, 2);
}
function formatUTCWeekdayNumberSunday(d) {
  return d.getUTCDay();
}
function formatUTCWeekNumberMonday(d, p) {
  return pad(utcMonday.count(utcYear(d) - 1, d), p, 2);
}
function formatUTCYear(d, p) {
  return pad(d.getUTCFullYear() % 100, p, 2);
}
function formatUTCYearISO(d, p) {
  d = UTCdISO(d);
  return pad(d.getUTCFullYear() % 100, p, 2);
}
function formatUTCFullYear(d, p) {
  return pad(d.getUTCFullYear() % 1e4, p, 4);
}
function formatUTCFullYearISO(d, p) {
  var day = d.getUTCDay();
  d = day >= 4 || day === 0 ? utcThursday(d) : utcThursday.ceil(d);
  return pad(d.getUTCFullYear() % 1e4, p, 4);
}
function formatUTCZone() {
  return "+0000";
}
function formatLiteralPercent() {
  return "%";
}
function formatUnixTimestamp(d) {
  return +d;
}
function formatUnixTimestampSeconds(d) {
  return Math.floor(+d / 1e3);
}
var locale;
var timeFormat;
var timeParse;
var utcFormat;
var utcParse;
defaultLocale({
  dateTime: "%x, %X",
  date: "%-m/%-d/%Y",
  time: "%-I:%M:%S %p",
  periods: ["AM", "PM"],
  days: ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"],
  shortDays: ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"],
  months: [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
  ],
  shortMonths: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
});
function defaultLocale(definition) {
  locale = formatLocale(definition);
  timeFormat = locale.format;
  timeParse = locale.parse;
  utcFormat = locale.utcFormat;
  utcParse = locale.utcParse;
  return locale;
}
var isoSpecifier = "%Y-%m-%dT%H:%M:%S.%LZ";
function formatIsoNative(date2) {
  return date2.toISOString();
}
var formatIso = Date.prototype.toISOString ? formatIsoNative : utcFormat(isoSpecifier);
function parseIsoNative(string) {
  var date2 = new Date(string);
  return isNaN(date2) ? null : date2;
}
var parseIso = +(/* @__PURE__ */ new Date("2000-01-01T00:00:00.000Z"))
  ? parseIsoNative
  : utcParse(isoSpecifier);

// ../../node_modules/.pnpm/d3-scale@4.0.3/node_modules/d3-scale/dist/d3-scale.mjs
function initRange(domain, range2) {
  switch (arguments.length) {
    case 0:
      break;
    case 1:
      this.range(domain);
      break;
    default:
      this.range(range2).domain(domain);
      break;
  }
  return this;
}
function initInterpolator(domain, interpolator) {
  switch (arguments.length) {
    case 0:
      break;
    case 1: {
      if (typeof domain === "function") this.interpolator(domain);
      else this.range(domain);
      break;
    }
    default: {
      this.domain(domain);
      if (typeof interpolator === "function") this.interpolator(interpolator);
      else this.range(interpolator);
      break;
    }
  }
  return this;
}
var implicit = Symbol("implicit");
function ordinal() {
  var index = new InternMap(),
    domain = [],
    range2 = [],
    unknown = implicit;
  function scale(d) {
    let i = index.get(d);
    if (i === void 0) {
      if (unknown !== implicit) return unknown;
      index.set(d, (i = domain.push(d) - 1));
    }
    return range2[i % range2.length];
  }
  scale.domain = function (_) {
    if (!arguments.length) return domain.slice();
    (domain = []), (index = new InternMap());
    for (const value2 of _) {
      if (index.has(value2)) continue;
      index.set(value2, domain.push(value2) - 1);
    }
    return scale;
  };
  scale.range = function (_) {
    return arguments.length ? ((range2 = Array.from(_)), scale) : range2.slice();
  };
  scale.unknown = function (_) {
    return arguments.length ? ((unknown = _), scale) : unknown;
  };
  scale.copy = () => ordinal(domain, range2).unknown(unknown);
  initRange.apply(scale, arguments);
  return scale;
}
function band() {
  var scale = ordinal().unknown(void 0),
    domain = scale.domain,
    ordinalRange = scale.range,
    r0 = 0,
    r1 = 1,
    step,
    bandwidth,
    round2 = false,
    paddingInner = 0,
    paddingOuter = 0,
    align = 0.5;
  delete scale.unknown;
  function rescale() {
    var n = domain().length,
      reverse = r1 < r0,
      start = reverse ? r1 : r0,
      stop = reverse ? r0 : r1;
    step = (stop - start) / Math.max(1, n - paddingInner + paddingOuter * 2);
    if (round2) step = Math.floor(step);
    start += (stop - start - step * (n - paddingInner)) * align;
    bandwidth = step * (1 - paddingInner);
    if (round2) (start = Math.round(start)), (bandwidth = Math.round(bandwidth));
    var values = range(n).map((i) => start + step * i);
    return ordinalRange(reverse ? values.reverse() : values);
  }
  scale.domain = function (_) {
    return arguments.length ? (domain(_), rescale()) : domain();
  };
  scale.range = function (_) {
    return arguments.length ? (([r0, r1] = _), (r0 = +r0), (r1 = +r1), rescale()) : [r0, r1];
  };
  scale.rangeRound = (_) => (([r0, r1] = _), (r0 = +r0), (r1 = +r1), (round2 = true), rescale());
  scale.bandwidth = () => bandwidth;
  scale.step = () => step;
  scale.round = function (_) {
    return arguments.length ? ((round2 = !!_), rescale()) : round2;
  };
  scale.padding = function (_) {
    return arguments.length ? ((paddingInner = Math.min(1, (paddingOuter = +_))), rescale()) : paddingInner;
  };
  scale.paddingInner = function (_) {
    return arguments.length ? ((paddingInner = Math.min(1, _)), rescale()) : paddingInner;
  };
  scale.paddingOuter = function (_) {
    return arguments.length ? ((paddingOuter = +_), rescale()) : paddingOuter;
  };
  scale.align = function (_) {
    return arguments.length ? ((align = Math.max(0, Math.min(1, _))), rescale()) : align;
  };
  scale.copy = () =>
    band(domain(), [r0, r1]).round(round2).paddingInner(paddingInner).paddingOuter(paddingOuter).align(align);
  return initRange.apply(rescale(), arguments);
}
function pointish(scale) {
  var copy2 = scale.copy;
  scale.padding = scale.paddingOuter;
  delete scale.paddingInner;
  delete scale.paddingOuter;
  scale.copy = () => pointish(copy2());
  return scale;
}
function point() {
  return pointish(band.apply(null, arguments).paddingInner(1));
}
function constants(x) {
  return () => x;
}
function number$1(x) {
  return +x;
}
var unit = [0, 1];
function identity$1(x) {
  return x;
}
function normalize(a, b) {
  return (b -= a = +a) ? (x) => (x - a) / b : constants(isNaN(b) ? NaN : 0.5);
}
function clamper(a, b) {
  var t;
  if (a > b) (t = a), (a = b), (b = t);
  return (x) => Math.max(a, Math.min(b, x));
}
function bimap(domain, range2, interpolate) {
  var d0 = domain[0],
    d1 = domain[1],
    r0 = range2[0],
    r1 = range2[1];
  if (d1 < d0) (d0 = normalize(d1, d0)), (r0 = interpolate(r1, r0));
  else (d0 = normalize(d0, d1)), (r0 = interpolate(r0, r1));
  return (x) => r0(d0(x));
}
function polymap(domain, range2, interpolate) {
  var j = Math.min(domain.length, range2.length) - 1,
    d = new Array(j),
    r = new Array(j),
    i = -1;
  if (domain[j] < domain[0]) {
    domain = domain.slice().reverse();
    range2 = range2.slice().reverse();
  }
  while (++i < j) {
    d[i] = normalize(domain[i], domain[i + 1]);
    r[i] = interpolate(range2[i], range2[i + 1]);
  }
  return (x) => {
    var i2 = bisectRight(domain, x, 1, j) - 1;
    return r[i2](d[i2](x));
  };
}
function copy$1(source, target) {
  return target
    .domain(source.domain())
    .range(source.range())
    .interpolate(source.interpolate())
    .clamp(source.clamp())
    .unknown(source.unknown());
}
function transformer$2() {
  var domain = unit,
    range2 = unit,
    interpolate$1 = value,
    transform,
    untransform,
    unknown,
    clamp = identity$1,
    piecewise2,
    output,
    input;
  function rescale() {
    var n = Math.min(domain.length, range2.length);
    if (clamp !== identity$1) clamp = clamper(domain[0], domain[n - 1]);
    piecewise2 = n > 2 ? polymap : bimap;
    output = input = null;
    return scale;
  }
  function scale(x) {
    return x == null || isNaN((x = +x))
      ? unknown
      : (output || (output = piecewise2(domain.map(transform), range2, interpolate$1)))(transform(clamp(x)));
  }
  scale.invert = (y) =>
    clamp(untransform((input || (input = piecewise2(range2, domain.map(transform), number)))(y)));
  scale.domain = function (_) {
    return arguments.length ? ((domain = Array.from(_, number$1)), rescale()) : domain.slice();
  };
  scale.range = function (_) {
    return arguments.length ? ((range2 = Array.from(_)), rescale()) : range2.slice();
  };
  scale.rangeRound = (_) => ((range2 = Array.from(_)), (interpolate$1 = round), rescale());
  scale.clamp = function (_) {
    return arguments.length ? ((clamp = _ ? true : identity$1), rescale()) : clamp !== identity$1;
  };
  scale.interpolate = function (_) {
    return arguments.length ? ((interpolate$1 = _), rescale()) : interpolate$1;
  };
  scale.unknown = function (_) {
    return arguments.length ? ((unknown = _), scale) : unknown;
  };
  return (t, u) => {
    (transform = t), (untransform = u);
    return rescale();
  };
}
function continuous() {
  return transformer$2()(identity$1, identity$1);
}
function tickFormat(start, stop, count, specifier) {
  var step = tickStep(start, stop, count),
    precision;
  specifier = formatSpecifier(specifier == null ? ",f" : specifier);
  switch (specifier.type) {
    case "s": {
      var value2 = Math.max(Math.abs(start), Math.abs(stop));
      if (specifier.precision == null && !isNaN((precision = precisionPrefix(step, value2))))
        specifier.precision = precision;
      return formatPrefix(specifier, value2);
    }
    case "":
    case "e":
    case "g":
    case "p":
    case "r": {
      if (
        specifier.precision == null &&
        !isNaN((precision = precisionRound(step, Math.max(Math.abs(start), Math.abs(stop)))))
      )
        specifier.precision = precision - (specifier.type === "e");
      break;
    }
    case "f":
    case "%": {
      if (specifier.precision == null && !isNaN((precision = precisionFixed(step))))
        specifier.precision = precision - (specifier.type === "%") * 2;
      break;
    }
  }
  return format(specifier);
}
function linearish(scale) {
  var domain = scale.domain;
  scale.ticks = (count) => {
    var d = domain();
    return ticks(d[0], d[d.length - 1], count == null ? 10 : count);
  };
  scale.tickFormat = (count, specifier) => {
    var d = domain();
    return tickFormat(d[0], d[d.length - 1], count == null ? 10 : count, specifier);
  };
  scale.nice = (count) => {
    if (count == null) count = 10;
    var d = domain();
    var i0 = 0;
    var i1 = d.length - 1;
    var start = d[i0];
    var stop = d[i1];
    var prestep;
    var step;
    var maxIter = 10;
    if (stop < start) {
      (step = start), (start = stop), (stop = step);
      (step = i0), (i0 = i1), (i1 = step);
    }
    while (maxIter-- > 0) {
      step = tickIncrement(start, stop, count);
      if (step === prestep) {
        d[i0] = start;
        d[i1] = stop;
        return domain(d);
      } else if (step > 0) {
        start = Math.floor(start / step) * step;
        stop = Math.ceil(stop / step) * step;
      } else if (step < 0) {
        start = Math.ceil(start * step) / step;
        stop = Math.floor(stop * step) / step;
      } else {
        break;
      }
      prestep = step;
    }
    return scale;
  };
  return scale;
}
function linear() {
  var scale = continuous();
  scale.copy = () => copy$1(scale, linear());
  initRange.apply(scale, arguments);
  return linearish(scale);
}
function identity(domain) {
  var unknown;
  function scale(x) {
    return x == null || isNaN((x = +x)) ? unknown : x;
  }
  scale.invert = scale;
  scale.domain = scale.range = function (_) {
    return arguments.length ? ((domain = Array.from(_, number$1)), scale) : domain.slice();
  };
  scale.unknown = function (_) {
    return arguments.length ? ((unknown = _), scale) : unknown;
  };
  scale.copy = () => identity(domain).unknown(unknown);
  domain = arguments.length ? Array.from(domain, number$1) : [0, 1];
  return linearish(scale);
}
function nice(domain, interval) {
  domain = domain.slice();
  var i0 = 0,
    i1 = domain.length - 1,
    x0 = domain[i0],
    x1 = domain[i1],
    t;
  if (x1 < x0) {
    (t = i0), (i0 = i1), (i1 = t);
    (t = x0), (x0 = x1), (x1 = t);
  }
  domain[i0] = interval.floor(x0);
  domain[i1] = interval.ceil(x1);
  return domain;
}
function transformLog(x) {
  return Math.log(x);
}
function transformExp(x) {
  return Math.exp(x);
}
function transformLogn(x) {
  return -Math.log(-x);
}
function transformExpn(x) {
  return -Math.exp(-x);
}
function pow10(x) {
  return isFinite(x) ? +("1e" + x) : x < 0 ? 0 : x;
}
function powp(base) {
  return base === 10 ? pow10 : base === Math.E ? Math.exp : (x) => base ** x;
}
function logp(base) {
  return base === Math.E
    ? Math.log
    : (base === 10 && Math.log10) ||
        (base === 2 && Math.log2) ||
        ((base = Math.log(base)), (x) => Math.log(x) / base);
}
function reflect(f) {
  return (x, k) => -f(-x, k);
}
function loggish(transform) {
  const scale = transform(transformLog, transformExp);
  const domain = scale.domain;
  let base = 10;
  let logs;
  let pows;
  function rescale() {
    (logs = logp(base)), (pows = powp(base));
    if (domain()[0] < 0) {
      (logs = reflect(logs)), (pows = reflect(pows));
      transform(transformLogn, transformExpn);
    } else {
      transform(transformLog, transformExp);
    }
    return scale;
  }
  scale.base = function (_) {
    return arguments.length ? ((base = +_), rescale()) : base;
  };
  scale.domain = function (_) {
    return arguments.length ? (domain(_), rescale()) : domain();
  };
  scale.ticks = (count) => {
    const d = domain();
    let u = d[0];
    let v = d[d.length - 1];
    const r = v < u;
    if (r) [u, v] = [v, u];
    let i = logs(u);
    let j = logs(v);
    let k;
    let t;
    const n = count == null ? 10 : +count;
    let z = [];
    if (!(base % 1) && j - i < n) {
      (i = Math.floor(i)), (j = Math.ceil(j));
      if (u > 0)
        for (; i <= j; ++i) {
          for (k = 1; k < base; ++k) {
            t = i < 0 ? k / pows(-i) : k * pows(i);
            if (t < u) continue;
            if (t > v) break;
            z.push(t);
          }
        }
      else
        for (; i <= j; ++i) {
          for (k = base - 1; k >= 1; --k) {
            t = i > 0 ? k / pows(-i) : k * pows(i);
            if (t < u) continue;
            if (t > v) break;
            z.push(t);
          }
        }
      if (z.length * 2 < n) z = ticks(u, v, n);
    } else {
      z = ticks(i, j, Math.min(j - i, n)).map(pows);
    }
    return r ? z.reverse() : z;
  };
  scale.tickFormat = (count, specifier) => {
    if (count == null) count = 10;
    if (specifier == null) specifier = base === 10 ? "s" : ",";
    if (typeof specifier !== "function") {
      if (!(base % 1) && (specifier = formatSpecifier(specifier)).precision == null) specifier.trim = true;
      specifier = format(specifier);
    }
    if (count === Infinity) return specifier;
    const k = Math.max(1, (base * count) / scale.ticks().length);
    return (d) => {
      let i = d / pows(Math.round(logs(d)));
      if (i * base < base - 0.5) i *= base;
      return i <= k ? specifier(d) : "";
    };
  };
  scale.nice = () => {
    return domain(
      nice(domain(), {
        floor: (x) => pows(Math.floor(logs(x))),
        ceil: (x) => pows(Math.ceil(logs(x))),
      }),
    );
  };
  return scale;
}
function log() {
  const scale = loggish(transformer$2()).domain([1, 10]);
  scale.copy = () => copy$1(scale, log()).base(scale.base());
  initRange.apply(scale, arguments);
  return scale;
}
function transformSymlog(c) {
  return (x) => Math.sign(x) * Math.log1p(Math.abs(x / c));
}
function transformSymexp(c) {
  return (x) => Math.sign(x) * Math.expm1(Math.abs(x)) * c;
}
function symlogish(transform) {
  var c = 1,
    scale = transform(transformSymlog(c), transformSymexp(c));
  scale.constant = function (_) {
    return arguments.length ? transform(transformSymlog((c = +_)), transformSymexp(c)) : c;
  };
  return linearish(scale);
}
function symlog() {
  var scale = symlogish(transformer$2());
  scale.copy = () => copy$1(scale, symlog()).constant(scale.constant());
  return initRange.apply(scale, arguments);
}
function transformPow(exponent) {
  return (x) => (x < 0 ? -((-x) ** exponent) : x ** exponent);
}
function transformSqrt(x) {
  return x < 0 ? -Math.sqrt(-x) : Math.sqrt(x);
}
function transformSquare(x) {
  return x < 0 ? -x * x : x * x;
}
function powish(transform) {
  var scale = transform(identity$1, identity$1),
    exponent = 1;
  function rescale() {
    return exponent === 1
      ? transform(identity$1, identity$1)
      : exponent === 0.5
        ? transform(transformSqrt, transformSquare)
        : transform(transformPow(exponent), transformPow(1 / exponent));
  }
  scale.exponent = function (_) {
    return arguments.length ? ((exponent = +_), rescale()) : exponent;
  };
  return linearish(scale);
}
function pow() {
  var scale = powish(transformer$2());
  scale.copy = () => copy$1(scale, pow()).exponent(scale.exponent());
  initRange.apply(scale, arguments);
  return scale;
}
function sqrt() {
  return pow.apply(null, arguments).exponent(0.5);
}
function square(x) {
  return Math.sign(x) * x * x;
}
function unsquare(x) {
  return Math.sign(x) * Math.sqrt(Math.abs(x));
}
function radial() {
  var squared = continuous(),
    range2 = [0, 1],
    round2 = false,
    unknown;
  function scale(x) {
    var y = unsquare(squared(x));
    return isNaN(y) ? unknown : round2 ? Math.round(y) : y;
  }
  scale.invert = (y) => squared.invert(square(y));
  scale.domain = function (_) {
    return arguments.length ? (squared.domain(_), scale) : squared.domain();
  };
  scale.range = function (_) {
    return arguments.length
      ? (squared.range((range2 = Array.from(_, number$1)).map(square)), scale)
      : range2.slice();
  };
  scale.rangeRound = (_) => scale.range(_).round(true);
  scale.round = function (_) {
    return arguments.length ? ((round2 = !!_), scale) : round2;
  };
  scale.clamp = function (_) {
    return arguments.length ? (squared.clamp(_), scale) : squared.clamp();
  };
  scale.unknown = function (_) {
    return arguments.length ? ((unknown = _), scale) : unknown;
  };
  scale.copy = () => radial(squared.domain(), range2).round(round2).clamp(squared.clamp()).unknown(unknown);
  initRange.apply(scale, arguments);
  return linearish(scale);
}
function quantile2() {
  var domain = [],
    range2 = [],
    thresholds = [],
    unknown;
  function rescale() {
    var i = 0,
      n = Math.max(1, range2.length);
    thresholds = new Array(n - 1);
    while (++i < n) thresholds[i - 1] = quantileSorted(domain, i / n);
    return scale;
  }
  function scale(x) {
    return x == null || isNaN((x = +x)) ? unknown : range2[bisectRight(thresholds, x)];
  }
  scale.invertExtent = (y) => {
    var i = range2.indexOf(y);
    return i < 0
      ? [NaN, NaN]
      : [
          i > 0 ? thresholds[i - 1] : domain[0],
          i < thresholds.length ? thresholds[i] : domain[domain.length - 1],
        ];
  };
  scale.domain = function (_) {
    if (!arguments.length) return domain.slice();
    domain = [];
    for (let d of _) if (d != null && !isNaN((d = +d))) domain.push(d);
    domain.sort(ascending);
    return rescale();
  };
  scale.range = function (_) {
    return arguments.length ? ((range2 = Array.from(_)), rescale()) : range2.slice();
  };
  scale.unknown = function (_) {
    return arguments.length ? ((unknown = _), scale) : unknown;
  };
  scale.quantiles = () => thresholds.slice();
  scale.copy = () => quantile2().domain(domain).range(range2).unknown(unknown);
  return initRange.apply(scale, arguments);
}
function quantize() {
  var x0 = 0,
    x1 = 1,
    n = 1,
    domain = [0.5],
    range2 = [0, 1],
    unknown;
  function scale(x) {
    return x != null && x <= x ? range2[bisectRight(domain, x, 0, n)] : unknown;
  }
  function rescale() {
    var i = -1;
    domain = new Array(n);
    while (++i < n) domain[i] = ((i + 1) * x1 - (i - n) * x0) / (n + 1);
    return scale;
  }
  scale.domain = function (_) {
    return arguments.length ? (([x0, x1] = _), (x0 = +x0), (x1 = +x1), rescale()) : [x0, x1];
  };
  scale.range = function (_) {
    return arguments.length ? ((n = (range2 = Array.from(_)).length - 1), rescale()) : range2.slice();
  };
  scale.invertExtent = (y) => {
    var i = range2.indexOf(y);
    return i < 0
      ? [NaN, NaN]
      : i < 1
        ? [x0, domain[0]]
        : i >= n
          ? [domain[n - 1], x1]
          : [domain[i - 1], domain[i]];
  };
  scale.unknown = function (_) {
    return arguments.length ? ((unknown = _), scale) : scale;
  };
  scale.thresholds = () => domain.slice();
  scale.copy = () => quantize().domain([x0, x1]).range(range2).unknown(unknown);
  return initRange.apply(linearish(scale), arguments);
}
function threshold() {
  var domain = [0.5],
    range2 = [0, 1],
    unknown,
    n = 1;
  function scale(x) {
    return x != null && x <= x ? range2[bisectRight(domain, x, 0, n)] : unknown;
  }
  scale.domain = function (_) {
    return arguments.length
      ? ((domain = Array.from(_)), (n = Math.min(domain.length, range2.length - 1)), scale)
      : domain.slice();
  };
  scale.range = function (_) {
    return arguments.length
      ? ((range2 = Array.from(_)), (n = Math.min(domain.length, range2.length - 1)), scale)
      : range2.slice();
  };
  scale.invertExtent = (y) => {
    var i = range2.indexOf(y);
    return [domain[i - 1], domain[i]];
  };
  scale.unknown = function (_) {
    return arguments.length ? ((unknown = _), scale) : unknown;
  };
  scale.copy = () => threshold().domain(domain).range(range2).unknown(unknown);
  return initRange.apply(scale, arguments);
}
function date(t) {
  return new Date(t);
}
function number2(t) {
  return t instanceof Date ? +t : Math.round(t);
}
function calendar(ticks2, tickInterval, year, month, week, day, hour, minute, second2, format2) {
  var scale = continuous(),
    invert = scale.invert,
    domain = scale.domain;
  var formatMillisecond = format2(".%L"),
    formatSecond = format2(":%S"),
    formatMinute = format2("%I:%M"),
    formatHour = format2("%I %p"),
    formatDay = format2("%a %d"),
    formatWeek = format2("%b %d"),
    formatMonth = format2("%B"),
    formatYear2 = format2("%Y");
  function tickFormat2(date2) {
    return (
      second2(date2) < date2
        ? formatMillisecond
        : minute(date2) < date2
          ? formatSecond
          : hour(date2) < date2
            ? formatMinute
            : day(date2) < date2
              ? formatHour
              : month(date2) < date2
                ? week(date2) < date2
                  ? formatDay
                  : formatWeek
                : year(date2) < date2
                  ? formatMonth
                  : formatYear2
    )(date2);
  }
  scale.invert = (y) => new Date(Math.round(invert(y)));
  scale.domain = function (_) {
    return arguments.length ? domain(Array.from(_, number2)) : domain().map(date);
  };
  scale.ticks = (interval) => {
    var d = domain();
    return ticks2(d[0], d[d.length - 1], interval == null ? 10 : interval);
  };
  scale.tickFormat = (count, specifier) => (specifier == null ? tickFormat2 : format2(specifier));
  scale.nice = (interval) => {
    var d = domain();
    if (!interval || typeof interval.range !== "function")
      interval = tickInterval(d[0], d[d.length - 1], interval == null ? 10 : interval);
    return interval ? domain(nice(d, interval)) : scale;
  };
  scale.copy = () =>
    copy$1(scale, calendar(ticks2, tickInterval, year, month, week, day, hour, minute, second2, format2));
  return scale;
}
function time() {
  return initRange.apply(
    calendar(
      timeTicks,
      timeTickInterval,
      timeYear,
      timeMonth,
      timeSunday,
      timeDay,
      timeHour,
      timeMinute,
      second,
      timeFormat,
    ).domain([new Date(2e3, 0, 1), new Date(2e3, 0, 2)]),
    arguments,
  );
}
function utcTime() {
  return initRange.apply(
    calendar(
      utcTicks,
      utcTickInterval,
      utcYear,
      utcMonth,
      utcSunday,
      utcDay,
      utcHour,
      utcMinute,
      second,
      utcFormat,
    ).domain([Date.UTC(2e3, 0, 1), Date.UTC(2e3, 0, 2)]),
    arguments,
  );
}
function transformer$1() {
  var x0 = 0,
    x1 = 1,
    t02,
    t12,
    k10,
    transform,
    interpolator = identity$1,
    clamp = false,
    unknown;
  function scale(x) {
    return x == null || isNaN((x = +x))
      ? unknown
      : interpolator(
          k10 === 0 ? 0.5 : ((x = (transform(x) - t02) * k10), clamp ? Math.max(0, Math.min(1, x)) : x),
        );
  }
  scale.domain = function (_) {
    return arguments.length
      ? (([x0, x1] = _),
        (t02 = transform((x0 = +x0))),
        (t12 = transform((x1 = +x1))),
        (k10 = t02 === t12 ? 0 : 1 / (t12 - t02)),
        scale)
      : [x0, x1];
  };
  scale.clamp = function (_) {
    return arguments.length ? ((clamp = !!_), scale) : clamp;
  };
  scale.interpolator = function (_) {
    return arguments.length ? ((interpolator = _), scale) : interpolator;
  };
  function range2(interpolate) {
    return function (_) {
      var r0, r1;
      return arguments.length
        ? (([r0, r1] = _), (interpolator = interpolate(r0, r1)), scale)
        : [interpolator(0), interpolator(1)];
    };
  }
  scale.range = range2(value);
  scale.rangeRound = range2(round);
  scale.unknown = function (_) {
    return arguments.length ? ((unknown = _), scale) : unknown;
  };
  return (t) => {
    (transform = t), (t02 = t(x0)), (t12 = t(x1)), (k10 = t02 === t12 ? 0 : 1 / (t12 - t02));
    return scale;
  };
}
function copy(source, target) {
  return target
    .domain(source.domain())
    .interpolator(source.interpolator())
    .clamp(source.clamp())
    .unknown(source.unknown());
}
function sequential() {
  var scale = linearish(transformer$1()(identity$1));
  scale.copy = () => copy(scale, sequential());
  return initInterpolator.apply(scale, arguments);
}
function sequentialLog() {
  var scale = loggish(transformer$1()).domain([1, 10]);
  scale.copy = () => copy(scale, sequentialLog()).base(scale.base());
  return initInterpolator.apply(scale, arguments);
}
function sequentialSymlog() {
  var scale = symlogish(transformer$1());
  scale.copy = () => copy(scale, sequentialSymlog()).constant(scale.constant());
  return initInterpolator.apply(scale, arguments);
}
function sequentialPow() {
  var scale = powish(transformer$1());
  scale.copy = () => copy(scale, sequentialPow()).exponent(scale.exponent());
  return initInterpolator.apply(scale, arguments);
}
function sequentialSqrt() {
  return sequentialPow.apply(null, arguments).exponent(0.5);
}
function sequentialQuantile() {
  var domain = [],
    interpolator = identity$1;
  function scale(x) {
    if (x != null && !isNaN((x = +x)))
      return interpolator((bisectRight(domain, x, 1) - 1) / (domain.length - 1));
  }
  scale.domain = function (_) {
    if (!arguments.length) return domain.slice();
    domain = [];
    for (let d of _) if (d != null && !isNaN((d = +d))) domain.push(d);
    domain.sort(ascending);
    return scale;
  };
  scale.interpolator = function (_) {
    return arguments.length ? ((interpolator = _), scale) : interpolator;
  };
  scale.range = () => domain.map((d, i) => interpolator(i / (domain.length - 1)));
  scale.quantiles = (n) => Array.from({ length: n + 1 }, (_, i) => quantile(domain, i / n));
  scale.copy = () => sequentialQuantile(interpolator).domain(domain);
  return initInterpolator.apply(scale, arguments);
}
function transformer() {
  var x0 = 0,
    x1 = 0.5,
    x2 = 1,
    s = 1,
    t02,
    t12,
    t2,
    k10,
    k21,
    interpolator = identity$1,
    transform,
    clamp = false,
    unknown;
  function scale(x) {
    return x == null || isNaN((x = +x))
      ? unknown
      : ((x = 0.5 + ((x = +transform(x)) - t12) * (s * x < s * t12 ? k10 : k21)),
        interpolator(clamp ? Math.max(0, Math.min(1, x)) : x));
  }
  scale.domain = function (_) {
    return arguments.length
      ? (([x0, x1, x2] = _),
        (t02 = transform((x0 = +x0))),
        (t12 = transform((x1 = +x1))),
        (t2 = transform((x2 = +x2))),
        (k10 = t02 === t12 ? 0 : 0.5 / (t12 - t02)),
        (k21 = t12 === t2 ? 0 : 0.5 / (t2 - t12)),
        (s = t12 < t02 ? -1 : 1),
        scale)
      : [x0, x1, x2];
  };
  scale.clamp = function (_) {
    return arguments.length ? ((clamp = !!_), scale) : clamp;
  };
  scale.interpolator = function (_) {
    return arguments.length ? ((interpolator = _), scale) : interpolator;
  };
  function range2(interpolate) {
    return function (_) {
      var r0, r1, r2;
      return arguments.length
        ? (([r0, r1, r2] = _), (interpolator = piecewise(interpolate, [r0, r1, r2])), scale)
        : [interpolator(0), interpolator(0.5), interpolator(1)];
    };
  }
  scale.range = range2(value);
  scale.rangeRound = range2(round);
  scale.unknown = function (_) {
    return arguments.length ? ((unknown = _), scale) : unknown;
  };
  return (t) => {
    (transform = t),
      (t02 = t(x0)),
      (t12 = t(x1)),
      (t2 = t(x2)),
      (k10 = t02 === t12 ? 0 : 0.5 / (t12 - t02)),
      (k21 = t12 === t2 ? 0 : 0.5 / (t2 - t12)),
      (s = t12 < t02 ? -1 : 1);
    return scale;
  };
}
function diverging() {
  var scale = linearish(transformer()(identity$1));
  scale.copy = () => copy(scale, diverging());
  return initInterpolator.apply(scale, arguments);
}
function divergingLog() {
  var scale = loggish(transformer()).domain([0.1, 1, 10]);
  scale.copy = () => copy(scale, divergingLog()).base(scale.base());
  return initInterpolator.apply(scale, arguments);
}
function divergingSymlog() {
  var scale = symlogish(transformer());
  scale.copy = () => copy(scale, divergingSymlog()).constant(scale.constant());
  return initInterpolator.apply(scale, arguments);
}
function divergingPow() {
  var scale = powish(transformer());
  scale.copy = () => copy(scale, divergingPow()).exponent(scale.exponent());
  return initInterpolator.apply(scale, arguments);
}
function divergingSqrt() {
  return divergingPow.apply(null, arguments).exponent(0.5);
}

export {
  band as scaleBand,
  diverging as scaleDiverging,
  divergingLog as scaleDivergingLog,
  divergingPow as scaleDivergingPow,
  divergingSqrt as scaleDivergingSqrt,
  divergingSymlog as scaleDivergingSymlog,
  identity as scaleIdentity,
  implicit as scaleImplicit,
  linear as scaleLinear,
  log as scaleLog,
  ordinal as scaleOrdinal,
  point as scalePoint,
  pow as scalePow,
  quantile2 as scaleQuantile,
  quantize as scaleQuantize,
  radial as scaleRadial,
  sequential as scaleSequential,
  sequentialLog as scaleSequentialLog,
  sequentialPow as scaleSequentialPow,
  sequentialQuantile as scaleSequentialQuantile,
  sequentialSqrt as scaleSequentialSqrt,
  sequentialSymlog as scaleSequentialSymlog,
  sqrt as scaleSqrt,
  symlog as scaleSymlog,
  threshold as scaleThreshold,
  tickFormat,
  time as scaleTime,
  utcTime as scaleUtc,
};
//# sourceMappingURL=d3-scale.js.map
