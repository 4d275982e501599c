import "./chunk-G3PMV62Z.js";

// ../../node_modules/.pnpm/d3-path@3.1.1/node_modules/d3-path/dist/d3-path.mjs
var pi = Math.PI;
var tau = 2 * pi;
var epsilon = 1e-6;
var tauEpsilon = tau - epsilon;
function append(strings) {
  this._ += strings[0];
  for (let i = 1, n = strings.length; i < n; ++i) {
    this._ += arguments[i] + strings[i];
  }
}
function appendRound(digits) {
  const d = Math.floor(digits);
  if (!(d >= 0)) throw new Error(`invalid digits: ${digits}`);
  if (d > 15) return append;
  const k2 = 10 ** d;
  return function (strings) {
    this._ += strings[0];
    for (let i = 1, n = strings.length; i < n; ++i) {
      this._ += Math.round(arguments[i] * k2) / k2 + strings[i];
    }
  };
}
function equal(x0, y0, x1, y1) {
  return x0 === x1 && y0 === y1;
}
function equalRound(digits) {
  const d = Math.floor(digits);
  if (!(d <= 15)) return equal;
  const k2 = 10 ** d;
  const r = (value) => Math.round(value * k2);
  return (x0, y0, x1, y1) => r(x0) === r(x1) && r(y0) === r(y1);
}
var Path = class {
  constructor(digits) {
    this._x0 =
      this._y0 = // start of current subpath
      this._x1 =
      this._y1 =
        null;
    this._ = "";
    this._append = digits == null ? append : appendRound(digits);
    this._equal = digits == null ? equal : equalRound(digits);
  }
  moveTo(x2, y2) {
    this._append`M${(this._x0 = this._x1 = +x2)},${(this._y0 = this._y1 = +y2)}`;
  }
  closePath() {
    if (this._x1 !== null) {
      (this._x1 = this._x0), (this._y1 = this._y0);
      this._append`Z`;
    }
  }
  lineTo(x2, y2) {
    this._append`L${(this._x1 = +x2)},${(this._y1 = +y2)}`;
  }
  quadraticCurveTo(x1, y1, x2, y2) {
    this._append`Q${+x1},${+y1},${(this._x1 = +x2)},${(this._y1 = +y2)}`;
  }
  bezierCurveTo(x1, y1, x2, y2, x3, y3) {
    this._append`C${+x1},${+y1},${+x2},${+y2},${(this._x1 = +x3)},${(this._y1 = +y3)}`;
  }
  arcTo(x1, y1, x2, y2, r) {
    (x1 = +x1), (y1 = +y1), (x2 = +x2), (y2 = +y2), (r = +r);
    if (r < 0) throw new Error(`negative radius: ${r}`);
    const x0 = this._x1,
      y0 = this._y1,
      x21 = x2 - x1,
      y21 = y2 - y1,
      x01 = x0 - x1,
      y01 = y0 - y1,
      l01_2 = x01 * x01 + y01 * y01;
    if (this._x1 === null) {
      this._append`M${(this._x1 = x1)},${(this._y1 = y1)}`;
    } else if (!(l01_2 > epsilon));
    else if (!(Math.abs(y01 * x21 - y21 * x01) > epsilon) || !r) {
      this._append`L${(this._x1 = x1)},${(this._y1 = y1)}`;
    } else {
      const x20 = x2 - x0,
        y20 = y2 - y0,
        l21_2 = x21 * x21 + y21 * y21,
        l20_2 = x20 * x20 + y20 * y20,
        l21 = Math.sqrt(l21_2),
        l01 = Math.sqrt(l01_2),
        l = r * Math.tan((pi - Math.acos((l21_2 + l01_2 - l20_2) / (2 * l21 * l01))) / 2),
        t01 = l / l01,
        t21 = l / l21;
      if (Math.abs(t01 - 1) > epsilon) {
        this._append`L${x1 + t01 * x01},${y1 + t01 * y01}`;
      }
      this
        ._append`A${r},${r},0,0,${+(y01 * x20 > x01 * y20)},${(this._x1 = x1 + t21 * x21)},${(this._y1 = y1 + t21 * y21)}`;
    }
  }
  arc(x2, y2, r, a0, a1, ccw) {
    (x2 = +x2), (y2 = +y2), (r = +r), (ccw = !!ccw);
    if (r < 0) throw new Error(`negative radius: ${r}`);
    let dx = r * Math.cos(a0),
      dy = r * Math.sin(a0),
      x0 = x2 + dx,
      y0 = y2 + dy,
      cw = 1 ^ ccw,
      da = ccw ? a0 - a1 : a1 - a0;
    if (this._x1 === null) {
      this._append`M${x0},${y0}`;
    } else if (Math.abs(this._x1 - x0) > epsilon || Math.abs(this._y1 - y0) > epsilon) {
      this._append`L${x0},${y0}`;
    }
    if (!r) return;
    if (da < 0) da = (da % tau) + tau;
    if (da > tauEpsilon) {
      this
        ._append`A${r},${r},0,1,${cw},${x2 - dx},${y2 - dy}A${r},${r},0,1,${cw},${(this._x1 = x0)},${(this._y1 = y0)}`;
    } else if (da > epsilon) {
      const x1 = x2 + r * Math.cos(a1);
      const y1 = y2 + r * Math.sin(a1);
      if (da >= pi && this._equal(x0, y0, x1, y1)) {
        da /= 2;
        const a00 = a0 + da;
        this._append`A${r},${r},0,${+(da >= pi)},${cw},${x2 + r * Math.cos(a00)},${y2 + r * Math.sin(a00)}`;
      }
      this._append`A${r},${r},0,${+(da >= pi)},${cw},${(this._x1 = x1)},${(this._y1 = y1)}`;
    }
  }
  rect(x2, y2, w, h) {
    this._append`M${(this._x0 = this._x1 = +x2)},${(this._y0 = this._y1 = +y2)}h${(w = +w)}v${+h}h${-w}Z`;
  }
  toString() {
    return this._;
  }
};
function path() {
  return new Path();
}
path.prototype = Path.prototype;

// ../../node_modules/.pnpm/d3-shape@3.2.1/node_modules/d3-shape/dist/d3-shape.mjs
function constant(x2) {
  return function constant2() {
    return x2;
  };
}
var abs = Math.abs;
var atan2 = Math.atan2;
var cos = Math.cos;
var max = Math.max;
var min = Math.min;
var sin = Math.sin;
var sqrt = Math.sqrt;
var epsilon2 = 1e-12;
var pi2 = Math.PI;
var halfPi = pi2 / 2;
var tau2 = 2 * pi2;
function acos(x2) {
  return x2 > 1 ? 0 : x2 < -1 ? pi2 : Math.acos(x2);
}
function asin(x2) {
  return x2 >= 1 ? halfPi : x2 <= -1 ? -halfPi : Math.asin(x2);
}
function withPath(shape) {
  let digits = 3;
  shape.digits = function (_) {
    if (!arguments.length) return digits;
    if (_ == null) {
      digits = null;
    } else {
      const d = Math.floor(_);
      if (!(d >= 0)) throw new RangeError(`invalid digits: ${_}`);
      digits = d;
    }
    return shape;
  };
  return () => new Path(digits);
}
function arcInnerRadius(d) {
  return d.innerRadius;
}
function arcOuterRadius(d) {
  return d.outerRadius;
}
function arcStartAngle(d) {
  return d.startAngle;
}
function arcEndAngle(d) {
  return d.endAngle;
}
function arcPadAngle(d) {
  return d && d.padAngle;
}
function intersect(x0, y0, x1, y1, x2, y2, x3, y3) {
  var x10 = x1 - x0,
    y10 = y1 - y0,
    x32 = x3 - x2,
    y32 = y3 - y2,
    t = y32 * x10 - x32 * y10;
  if (t * t < epsilon2) return;
  t = (x32 * (y0 - y2) - y32 * (x0 - x2)) / t;
  return [x0 + t * x10, y0 + t * y10];
}
function cornerTangents(x0, y0, x1, y1, r1, rc, cw) {
  var x01 = x0 - x1,
    y01 = y0 - y1,
    lo = (cw ? rc : -rc) / sqrt(x01 * x01 + y01 * y01),
    ox = lo * y01,
    oy = -lo * x01,
    x11 = x0 + ox,
    y11 = y0 + oy,
    x10 = x1 + ox,
    y10 = y1 + oy,
    x00 = (x11 + x10) / 2,
    y00 = (y11 + y10) / 2,
    dx = x10 - x11,
    dy = y10 - y11,
    d2 = dx * dx + dy * dy,
    r = r1 - rc,
    D = x11 * y10 - x10 * y11,
    d = (dy < 0 ? -1 : 1) * sqrt(max(0, r * r * d2 - D * D)),
    cx0 = (D * dy - dx * d) / d2,
    cy0 = (-D * dx - dy * d) / d2,
    cx1 = (D * dy + dx * d) / d2,
    cy1 = (-D * dx + dy * d) / d2,
    dx0 = cx0 - x00,
    dy0 = cy0 - y00,
    dx1 = cx1 - x00,
    dy1 = cy1 - y00;
  if (dx0 * dx0 + dy0 * dy0 > dx1 * dx1 + dy1 * dy1) (cx0 = cx1), (cy0 = cy1);
  return {
    cx: cx0,
    cy: cy0,
    x01: -ox,
    y01: -oy,
    x11: cx0 * (r1 / r - 1),
    y11: cy0 * (r1 / r - 1),
  };
}
function arc() {
  var innerRadius = arcInnerRadius,
    outerRadius = arcOuterRadius,
    cornerRadius = constant(0),
    padRadius = null,
    startAngle = arcStartAngle,
    endAngle = arcEndAngle,
    padAngle = arcPadAngle,
    context = null,
    path2 = withPath(arc2);
  function arc2() {
    var buffer,
      r,
      r0 = +innerRadius.apply(this, arguments),
      r1 = +outerRadius.apply(this, arguments),
      a0 = startAngle.apply(this, arguments) - halfPi,
      a1 = endAngle.apply(this, arguments) - halfPi,
      da = abs(a1 - a0),
      cw = a1 > a0;
    if (!context) context = buffer = path2();
    if (r1 < r0) (r = r1), (r1 = r0), (r0 = r);
    if (!(r1 > epsilon2)) context.moveTo(0, 0);
    else if (da > tau2 - epsilon2) {
      context.moveTo(r1 * cos(a0), r1 * sin(a0));
      context.arc(0, 0, r1, a0, a1, !cw);
      if (r0 > epsilon2) {
        context.moveTo(r0 * cos(a1), r0 * sin(a1));
        context.arc(0, 0, r0, a1, a0, cw);
      }
    } else {
      var a01 = a0,
        a11 = a1,
        a00 = a0,
        a10 = a1,
        da0 = da,
        da1 = da,
        ap = padAngle.apply(this, arguments) / 2,
        rp = ap > epsilon2 && (padRadius ? +padRadius.apply(this, arguments) : sqrt(r0 * r0 + r1 * r1)),
        rc = min(abs(r1 - r0) / 2, +cornerRadius.apply(this, arguments)),
        rc0 = rc,
        rc1 = rc,
        t0,
        t1;
      if (rp > epsilon2) {
        var p0 = asin((rp / r0) * sin(ap)),
          p1 = asin((rp / r1) * sin(ap));
        if ((da0 -= p0 * 2) > epsilon2) (p0 *= cw ? 1 : -1), (a00 += p0), (a10 -= p0);
        else (da0 = 0), (a00 = a10 = (a0 + a1) / 2);
        if ((da1 -= p1 * 2) > epsilon2) (p1 *= cw ? 1 : -1), (a01 += p1), (a11 -= p1);
        else (da1 = 0), (a01 = a11 = (a0 + a1) / 2);
      }
      var x01 = r1 * cos(a01),
        y01 = r1 * sin(a01),
        x10 = r0 * cos(a10),
        y10 = r0 * sin(a10);
      if (rc > epsilon2) {
        var x11 = r1 * cos(a11),
          y11 = r1 * sin(a11),
          x00 = r0 * cos(a00),
          y00 = r0 * sin(a00),
          oc;
        if (da < pi2) {
          if ((oc = intersect(x01, y01, x00, y00, x11, y11, x10, y10))) {
            var ax = x01 - oc[0],
              ay = y01 - oc[1],
              bx = x11 - oc[0],
              by = y11 - oc[1],
              kc =
                1 / sin(acos((ax * bx + ay * by) / (sqrt(ax * ax + ay * ay) * sqrt(bx * bx + by * by))) / 2),
              lc = sqrt(oc[0] * oc[0] + oc[1] * oc[1]);
            rc0 = min(rc, (r0 - lc) / (kc - 1));
            rc1 = min(rc, (r1 - lc) / (kc + 1));
          } else {
            rc0 = rc1 = 0;
          }
        }
      }
      if (!(da1 > epsilon2)) context.moveTo(x01, y01);
      else if (rc1 > epsilon2) {
        t0 = cornerTangents(x00, y00, x01, y01, r1, rc1, cw);
        t1 = cornerTangents(x11, y11, x10, y10, r1, rc1, cw);
        context.moveTo(t0.cx + t0.x01, t0.cy + t0.y01);
        if (rc1 < rc) context.arc(t0.cx, t0.cy, rc1, atan2(t0.y01, t0.x01), atan2(t1.y01, t1.x01), !cw);
        else {
          context.arc(t0.cx, t0.cy, rc1, atan2(t0.y01, t0.x01), atan2(t0.y11, t0.x11), !cw);
          context.arc(
            0,
            0,
            r1,
            atan2(t0.cy + t0.y11, t0.cx + t0.x11),
            atan2(t1.cy + t1.y11, t1.cx + t1.x11),
            !cw,
          );
          context.arc(t1.cx, t1.cy, rc1, atan2(t1.y11, t1.x11), atan2(t1.y01, t1.x01), !cw);
        }
      } else context.moveTo(x01, y01), context.arc(0, 0, r1, a01, a11, !cw);
      if (!(r0 > epsilon2) || !(da0 > epsilon2)) context.lineTo(x10, y10);
      else if (rc0 > epsilon2) {
        t0 = cornerTangents(x10, y10, x11, y11, r0, -rc0, cw);
        t1 = cornerTangents(x01, y01, x00, y00, r0, -rc0, cw);
        context.lineTo(t0.cx + t0.x01, t0.cy + t0.y01);
        if (rc0 < rc) context.arc(t0.cx, t0.cy, rc0, atan2(t0.y01, t0.x01), atan2(t1.y01, t1.x01), !cw);
        else {
          context.arc(t0.cx, t0.cy, rc0, atan2(t0.y01, t0.x01), atan2(t0.y11, t0.x11), !cw);
          context.arc(
            0,
            0,
            r0,
            atan2(t0.cy + t0.y11, t0.cx + t0.x11),
            atan2(t1.cy + t1.y11, t1.cx + t1.x11),
            cw,
          );
          context.arc(t1.cx, t1.cy, rc0, atan2(t1.y11, t1.x11), atan2(t1.y01, t1.x01), !cw);
        }
      } else context.arc(0, 0, r0, a10, a00, cw);
    }
    context.closePath();
    if (buffer) return ((context = null), buffer + "" || null);
  }
  arc2.centroid = function () {
    var r = (+innerRadius.apply(this, arguments) + +outerRadius.apply(this, arguments)) / 2,
      a2 = (+startAngle.apply(this, arguments) + +endAngle.apply(this, arguments)) / 2 - pi2 / 2;
    return [cos(a2) * r, sin(a2) * r];
  };
  arc2.innerRadius = function (_) {
    return arguments.length
      ? ((innerRadius = typeof _ === "function" ? _ : constant(+_)), arc2)
      : innerRadius;
  };
  arc2.outerRadius = function (_) {
    return arguments.length
      ? ((outerRadius = typeof _ === "function" ? _ : constant(+_)), arc2)
      : outerRadius;
  };
  arc2.cornerRadius = function (_) {
    return arguments.length
      ? ((cornerRadius = typeof _ === "function" ? _ : constant(+_)), arc2)
      : cornerRadius;
  };
  arc2.padRadius = function (_) {
    return arguments.length
      ? ((padRadius = _ == null ? null : typeof _ === "function" ? _ : constant(+_)), arc2)
      : padRadius;
  };
  arc2.startAngle = function (_) {
    return arguments.length ? ((startAngle = typeof _ === "function" ? _ : constant(+_)), arc2) : startAngle;
  };
  arc2.endAngle = function (_) {
    return arguments.length ? ((endAngle = typeof _ === "function" ? _ : constant(+_)), arc2) : endAngle;
  };
  arc2.padAngle = function (_) {
    return arguments.length ? ((padAngle = typeof _ === "function" ? _ : constant(+_)), arc2) : padAngle;
  };
  arc2.context = function (_) {
    return arguments.length ? ((context = _ == null ? null : _), arc2) : context;
  };
  return arc2;
}
var slice = Array.prototype.slice;
function array(x2) {
  return typeof x2 === "object" && "length" in x2 ? x2 : Array.from(x2);
}
function Linear(context) {
  this._context = context;
}
Linear.prototype = {
  areaStart: function () {
    this._line = 0;
  },
  areaEnd: function () {
    this._line = NaN;
  },
  lineStart: function () {
    this._point = 0;
  },
  lineEnd: function () {
    if (this._line || (this._line !== 0 && this._point === 1)) this._context.closePath();
    this._line = 1 - this._line;
  },
  point: function (x2, y2) {
    (x2 = +x2), (y2 = +y2);
    switch (this._point) {
      case 0:
        this._point = 1;
        this._line ? this._context.lineTo(x2, y2) : this._context.moveTo(x2, y2);
        break;
      case 1:
        this._point = 2;
      default:
        this._context.lineTo(x2, y2);
        break;
    }
  },
};
function curveLinear(context) {
  return new Linear(context);
}
function x(p) {
  return p[0];
}
function y(p) {
  return p[1];
}
function line(x$1, y$1) {
  var defined = constant(true),
    context = null,
    curve = curveLinear,
    output = null,
    path2 = withPath(line2);
  x$1 = typeof x$1 === "function" ? x$1 : x$1 === void 0 ? x : constant(x$1);
  y$1 = typeof y$1 === "function" ? y$1 : y$1 === void 0 ? y : constant(y$1);
  function line2(data) {
    var i,
      n = (data = array(data)).length,
      d,
      defined0 = false,
      buffer;
    if (context == null) output = curve((buffer = path2()));
    for (i = 0; i <= n; ++i) {
      if (!(i < n && defined((d = data[i]), i, data)) === defined0) {
        if ((defined0 = !defined0)) output.lineStart();
        else output.lineEnd();
      }
      if (defined0) output.point(+x$1(d, i, data), +y$1(d, i, data));
    }
    if (buffer) return ((output = null), buffer + "" || null);
  }
  line2.x = function (_) {
    return arguments.length ? ((x$1 = typeof _ === "function" ? _ : constant(+_)), line2) : x$1;
  };
  line2.y = function (_) {
    return arguments.length ? ((y$1 = typeof _ === "function" ? _ : constant(+_)), line2) : y$1;
  };
  line2.defined = function (_) {
    return arguments.length ? ((defined = typeof _ === "function" ? _ : constant(!!_)), line2) : defined;
  };
  line2.curve = function (_) {
    return arguments.length ? ((curve = _), context != null && (output = curve(context)), line2) : curve;
  };
  line2.context = function (_) {
    return arguments.length
      ? (_ == null ? (context = output = null) : (output = curve((context = _))), line2)
      : context;
  };
  return line2;
}
function area(x0, y0, y1) {
  var x1 = null,
    defined = constant(true),
    context = null,
    curve = curveLinear,
    output = null,
    path2 = withPath(area2);
  x0 = typeof x0 === "function" ? x0 : x0 === void 0 ? x : constant(+x0);
  y0 = typeof y0 === "function" ? y0 : y0 === void 0 ? constant(0) : constant(+y0);
  y1 = typeof y1 === "function" ? y1 : y1 === void 0 ? y : constant(+y1);
  function area2(data) {
    var i,
      j,
      k2,
      n = (data = array(data)).length,
      d,
      defined0 = false,
      buffer,
      x0z = new Array(n),
      y0z = new Array(n);
    if (context == null) output = curve((buffer = path2()));
    for (i = 0; i <= n; ++i) {
      if (!(i < n && defined((d = data[i]), i, data)) === defined0) {
        if ((defined0 = !defined0)) {
          j = i;
          output.areaStart();
          output.lineStart();
        } else {
          output.lineEnd();
          output.lineStart();
          for (k2 = i - 1; k2 >= j; --k2) {
            output.point(x0z[k2], y0z[k2]);
          }
          output.lineEnd();
          output.areaEnd();
        }
      }
      if (defined0) {
        (x0z[i] = +x0(d, i, data)), (y0z[i] = +y0(d, i, data));
        output.point(x1 ? +x1(d, i, data) : x0z[i], y1 ? +y1(d, i, data) : y0z[i]);
      }
    }
    if (buffer) return ((output = null), buffer + "" || null);
  }
  function arealine() {
    return line().defined(defined).curve(curve).context(context);
  }
  area2.x = function (_) {
    return arguments.length ? ((x0 = typeof _ === "function" ? _ : constant(+_)), (x1 = null), area2) : x0;
  };
  area2.x0 = function (_) {
    return arguments.length ? ((x0 = typeof _ === "function" ? _ : constant(+_)), area2) : x0;
  };
  area2.x1 = function (_) {
    return arguments.length
      ? ((x1 = _ == null ? null : typeof _ === "function" ? _ : constant(+_)), area2)
      : x1;
  };
  area2.y = function (_) {
    return arguments.length ? ((y0 = typeof _ === "function" ? _ : constant(+_)), (y1 = null), area2) : y0;
  };
  area2.y0 = function (_) {
    return arguments.length ? ((y0 = typeof _ === "function" ? _ : constant(+_)), area2) : y0;
  };
  area2.y1 = function (_) {
    return arguments.length
      ? ((y1 = _ == null ? null : typeof _ === "function" ? _ : constant(+_)), area2)
      : y1;
  };
  area2.lineX0 = area2.lineY0 = () => arealine().x(x0).y(y0);
  area2.lineY1 = () => arealine().x(x0).y(y1);
  area2.lineX1 = () => arealine().x(x1).y(y0);
  area2.defined = function (_) {
    return arguments.length ? ((defined = typeof _ === "function" ? _ : constant(!!_)), area2) : defined;
  };
  area2.curve = function (_) {
    return arguments.length ? ((curve = _), context != null && (output = curve(context)), area2) : curve;
  };
  area2.context = function (_) {
    return arguments.length
      ? (_ == null ? (context = output = null) : (output = curve((context = _))), area2)
      : context;
  };
  return area2;
}
function descending$1(a2, b) {
  return b < a2 ? -1 : b > a2 ? 1 : b >= a2 ? 0 : NaN;
}
function identity(d) {
  return d;
}
function pie() {
  var value = identity,
    sortValues = descending$1,
    sort = null,
    startAngle = constant(0),
    endAngle = constant(tau2),
    padAngle = constant(0);
  function pie2(data) {
    var i,
      n = (data = array(data)).length,
      j,
      k2,
      sum2 = 0,
      index = new Array(n),
      arcs = new Array(n),
      a0 = +startAngle.apply(this, arguments),
      da = Math.min(tau2, Math.max(-tau2, endAngle.apply(this, arguments) - a0)),
      a1,
      p = Math.min(Math.abs(da) / n, padAngle.apply(this, arguments)),
      pa = p * (da < 0 ? -1 : 1),
      v;
    for (i = 0; i < n; ++i) {
      if ((v = arcs[(index[i] = i)] = +value(data[i], i, data)) > 0) {
        sum2 += v;
      }
    }
    if (sortValues != null) index.sort((i2, j2) => sortValues(arcs[i2], arcs[j2]));
    else if (sort != null) index.sort((i2, j2) => sort(data[i2], data[j2]));
    for (i = 0, k2 = sum2 ? (da - n * pa) / sum2 : 0; i < n; ++i, a0 = a1) {
      (j = index[i]),
        (v = arcs[j]),
        (a1 = a0 + (v > 0 ? v * k2 : 0) + pa),
        (arcs[j] = {
          data: data[j],
          index: i,
          value: v,
          startAngle: a0,
          endAngle: a1,
          padAngle: p,
        });
    }
    return arcs;
  }
  pie2.value = function (_) {
    return arguments.length ? ((value = typeof _ === "function" ? _ : constant(+_)), pie2) : value;
  };
  pie2.sortValues = function (_) {
    return arguments.length ? ((sortValues = _), (sort = null), pie2) : sortValues;
  };
  pie2.sort = function (_) {
    return arguments.length ? ((sort = _), (sortValues = null), pie2) : sort;
  };
  pie2.startAngle = function (_) {
    return arguments.length ? ((startAngle = typeof _ === "function" ? _ : constant(+_)), pie2) : startAngle;
  };
  pie2.endAngle = function (_) {
    return arguments.length ? ((endAngle = typeof _ === "function" ? _ : constant(+_)), pie2) : endAngle;
  };
  pie2.padAngle = function (_) {
    return arguments.length ? ((padAngle = typeof _ === "function" ? _ : constant(+_)), pie2) : padAngle;
  };
  return pie2;
}
var curveRadialLinear = curveRadial(curveLinear);
function Radial(curve) {
  this._curve = curve;
}
Radial.prototype = {
  areaStart: function () {
    this._curve.areaStart();
  },
  areaEnd: function () {
    this._curve.areaEnd();
  },
  lineStart: function () {
    this._curve.lineStart();
  },
  lineEnd: function () {
    this._curve.lineEnd();
  },
  point: function (a2, r) {
    this._curve.point(r * Math.sin(a2), r * -Math.cos(a2));
  },
};
function curveRadial(curve) {
  function radial(context) {
    return new Radial(curve(context));
  }
  radial._curve = curve;
  return radial;
}
function lineRadial(l) {
  var c2 = l.curve;
  (l.angle = l.x), delete l.x;
  (l.radius = l.y), delete l.y;
  l.curve = function (_) {
    return arguments.length ? c2(curveRadial(_)) : c2()._curve;
  };
  return l;
}
function lineRadial_default() {
  return lineRadial(line().curve(curveRadialLinear));
}
function areaRadial() {
  var a2 = area().curve(curveRadialLinear),
    c2 = a2.curve,
    x0 = a2.lineX0,
    x1 = a2.lineX1,
    y0 = a2.lineY0,
    y1 = a2.lineY1;
  (a2.angle = a2.x), delete a2.x;
  (a2.startAngle = a2.x0), delete a2.x0;
  (a2.endAngle = a2.x1), delete a2.x1;
  (a2.radius = a2.y), delete a2.y;
  (a2.innerRadius = a2.y0), delete a2.y0;
  (a2.outerRadius = a2.y1), delete a2.y1;
  (a2.lineStartAngle = () => lineRadial(x0())), delete a2.lineX0;
  (a2.lineEndAngle = () => lineRadial(x1())), delete a2.lineX1;
  (a2.lineInnerRadius = () => lineRadial(y0())), delete a2.lineY0;
  (a2.lineOuterRadius = () => lineRadial(y1())), delete a2.lineY1;
  a2.curve = function (_) {
    return arguments.length ? c2(curveRadial(_)) : c2()._curve;
  };
  return a2;
}
function pointRadial(x2, y2) {
  return [(y2 = +y2) * Math.cos((x2 -= Math.PI / 2)), y2 * Math.sin(x2)];
}
var Bump = class {
  constructor(context, x2) {
    this._context = context;
    this._x = x2;
  }
  areaStart() {
    this._line = 0;
  }
  areaEnd() {
    this._line = NaN;
  }
  lineStart() {
    this._point = 0;
  }
  lineEnd() {
    if (this._line || (this._line !== 0 && this._point === 1)) this._context.closePath();
    this._line = 1 - this._line;
  }
  point(x2, y2) {
    (x2 = +x2), (y2 = +y2);
    switch (this._point) {
      case 0: {
        this._point = 1;
        if (this._line) this._context.lineTo(x2, y2);
        else this._context.moveTo(x2, y2);
        break;
      }
      case 1:
        this._point = 2;
      default: {
        if (this._x)
          this._context.bezierCurveTo((this._x0 = (this._x0 + x2) / 2), this._y0, this._x0, y2, x2, y2);
        else this._context.bezierCurveTo(this._x0, (this._y0 = (this._y0 + y2) / 2), x2, this._y0, x2, y2);
        break;
      }
    }
    (this._x0 = x2), (this._y0 = y2);
  }
};
var BumpRadial = class {
  constructor(context) {
    this._context = context;
  }
  lineStart() {
    this._point = 0;
  }
  lineEnd() {}
  point(x2, y2) {
    (x2 = +x2), (y2 = +y2);
    if (this._point === 0) {
      this._point = 1;
    } else {
      const p0 = pointRadial(this._x0, this._y0);
      const p1 = pointRadial(this._x0, (this._y0 = (this._y0 + y2) / 2));
      const p2 = pointRadial(x2, this._y0);
      const p3 = pointRadial(x2, y2);
      this._context.moveTo(...p0);
      this._context.bezierCurveTo(...p1, ...p2, ...p3);
    }
    (this._x0 = x2), (this._y0 = y2);
  }
};
function bumpX(context) {
  return new Bump(context, true);
}
function bumpY(context) {
  return new Bump(context, false);
}
function bumpRadial(context) {
  return new BumpRadial(context);
}
function linkSource(d) {
  return d.source;
}
function linkTarget(d) {
  return d.target;
}
function link(curve) {
  let source = linkSource,
    target = linkTarget,
    x$1 = x,
    y$1 = y,
    context = null,
    output = null,
    path2 = withPath(link2);
  function link2() {
    let buffer;
    const argv = slice.call(arguments);
    const s2 = source.apply(this, argv);
    const t = target.apply(this, argv);
    if (context == null) output = curve((buffer = path2()));
    output.lineStart();
    (argv[0] = s2), output.point(+x$1.apply(this, argv), +y$1.apply(this, argv));
    (argv[0] = t), output.point(+x$1.apply(this, argv), +y$1.apply(this, argv));
    output.lineEnd();
    if (buffer) return ((output = null), buffer + "" || null);
  }
  link2.source = function (_) {
    return arguments.length ? ((source = _), link2) : source;
  };
  link2.target = function (_) {
    return arguments.length ? ((target = _), link2) : target;
  };
  link2.x = function (_) {
    return arguments.length ? ((x$1 = typeof _ === "function" ? _ : constant(+_)), link2) : x$1;
  };
  link2.y = function (_) {
    return arguments.length ? ((y$1 = typeof _ === "function" ? _ : constant(+_)), link2) : y$1;
  };
  link2.context = function (_) {
    return arguments.length
      ? (_ == null ? (context = output = null) : (output = curve((context = _))), link2)
      : context;
  };
  return link2;
}
function linkHorizontal() {
  return link(bumpX);
}
function linkVertical() {
  return link(bumpY);
}
function linkRadial() {
  const l = link(bumpRadial);
  (l.angle = l.x), delete l.x;
  (l.radius = l.y), delete l.y;
  return l;
}
var sqrt3$2 = sqrt(3);
var asterisk = {
  draw(context, size) {
    const r = sqrt(size + min(size / 28, 0.75)) * 0.59436;
    const t = r / 2;
    const u = t * sqrt3$2;
    context.moveTo(0, r);
    context.lineTo(0, -r);
    context.moveTo(-u, -t);
    context.lineTo(u, t);
    context.moveTo(-u, t);
    context.lineTo(u, -t);
  },
};
var circle = {
  draw(context, size) {
    const r = sqrt(size / pi2);
    context.moveTo(r, 0);
    context.arc(0, 0, r, 0, tau2);
  },
};
var cross = {
  draw(context, size) {
    const r = sqrt(size / 5) / 2;
    context.moveTo(-3 * r, -r);
    context.lineTo(-r, -r);
    context.lineTo(-r, -3 * r);
    context.lineTo(r, -3 * r);
    context.lineTo(r, -r);
    context.lineTo(3 * r, -r);
    context.lineTo(3 * r, r);
    context.lineTo(r, r);
    context.lineTo(r, 3 * r);
    context.lineTo(-r, 3 * r);
    context.lineTo(-r, r);
    context.lineTo(-3 * r, r);
    context.closePath();
  },
};
var tan30 = sqrt(1 / 3);
var tan30_2 = tan30 * 2;
var diamond = {
  draw(context, size) {
    const y2 = sqrt(size / tan30_2);
    const x2 = y2 * tan30;
    context.moveTo(0, -y2);
    context.lineTo(x2, 0);
    context.lineTo(0, y2);
    context.lineTo(-x2, 0);
    context.closePath();
  },
};
var diamond2 = {
  draw(context, size) {
    const r = sqrt(size) * 0.62625;
    context.moveTo(0, -r);
    context.lineTo(r, 0);
    context.lineTo(0, r);
    context.lineTo(-r, 0);
    context.closePath();
  },
};
var plus = {
  draw(context, size) {
    const r = sqrt(size - min(size / 7, 2)) * 0.87559;
    context.moveTo(-r, 0);
    context.lineTo(r, 0);
    context.moveTo(0, r);
    context.lineTo(0, -r);
  },
};
var square = {
  draw(context, size) {
    const w = sqrt(size);
    const x2 = -w / 2;
    context.rect(x2, x2, w, w);
  },
};
var square2 = {
  draw(context, size) {
    const r = sqrt(size) * 0.4431;
    context.moveTo(r, r);
    context.lineTo(r, -r);
    context.lineTo(-r, -r);
    context.lineTo(-r, r);
    context.closePath();
  },
};
var ka = 0.8908130915292852;
var kr = sin(pi2 / 10) / sin((7 * pi2) / 10);
var kx = sin(tau2 / 10) * kr;
var ky = -cos(tau2 / 10) * kr;
var star = {
  draw(context, size) {
    const r = sqrt(size * ka);
    const x2 = kx * r;
    const y2 = ky * r;
    context.moveTo(0, -r);
    context.lineTo(x2, y2);
    for (let i = 1; i < 5; ++i) {
      const a2 = (tau2 * i) / 5;
      const c2 = cos(a2);
      const s2 = sin(a2);
      context.lineTo(s2 * r, -c2 * r);
      context.lineTo(c2 * x2 - s2 * y2, s2 * x2 + c2 * y2);
    }
    context.closePath();
  },
};
var sqrt3$1 = sqrt(3);
var triangle = {
  draw(context, size) {
    const y2 = -sqrt(size / (sqrt3$1 * 3));
    context.moveTo(0, y2 * 2);
    context.lineTo(-sqrt3$1 * y2, -y2);
    context.lineTo(sqrt3$1 * y2, -y2);
    context.closePath();
  },
};
var sqrt3 = sqrt(3);
var triangle2 = {
  draw(context, size) {
    const s2 = sqrt(size) * 0.6824;
    const t = s2 / 2;
    const u = (s2 * sqrt3) / 2;
    context.moveTo(0, -s2);
    context.lineTo(u, t);
    context.lineTo(-u, t);
    context.closePath();
  },
};
var c = -0.5;
var s = sqrt(3) / 2;
var k = 1 / sqrt(12);
var a = (k / 2 + 1) * 3;
var wye = {
  draw(context, size) {
    const r = sqrt(size / a);
    const x0 = r / 2,
      y0 = r * k;
    const x1 = x0,
      y1 = r * k + r;
    const x2 = -x1,
      y2 = y1;
    context.moveTo(x0, y0);
    context.lineTo(x1, y1);
    context.lineTo(x2, y2);
    context.lineTo(c * x0 - s * y0, s * x0 + c * y0);
    context.lineTo(c * x1 - s * y1, s * x1 + c * y1);
    context.lineTo(c * x2 - s * y2, s * x2 + c * y2);
    context.lineTo(c * x0 + s * y0, c * y0 - s * x0);
    context.lineTo(c * x1 + s * y1, c * y1 - s * x1);
    context.lineTo(c * x2 + s * y2, c * y2 - s * x2);
    context.closePath();
  },
};
var times = {
  draw(context, size) {
    const r = sqrt(size - min(size / 6, 1.7)) * 0.6189;
    context.moveTo(-r, -r);
    context.lineTo(r, r);
    context.moveTo(-r, r);
    context.lineTo(r, -r);
  },
};
var symbolsFill = [circle, cross, diamond, square, star, triangle, wye];
var symbolsStroke = [circle, plus, times, triangle2, asterisk, square2, diamond2];
function Symbol(type, size) {
  let context = null,
    path2 = withPath(symbol);
  type = typeof type === "function" ? type : constant(type || circle);
  size = typeof size === "function" ? size : constant(size === void 0 ? 64 : +size);
  function symbol() {
    let buffer;
    if (!context) context = buffer = path2();
    type.apply(this, arguments).draw(context, +size.apply(this, arguments));
    if (buffer) return ((context = null), buffer + "" || null);
  }
  symbol.type = function (_) {
    return arguments.length ? ((type = typeof _ === "function" ? _ : constant(_)), symbol) : type;
  };
  symbol.size = function (_) {
    return arguments.length ? ((size = typeof _ === "function" ? _ : constant(+_)), symbol) : size;
  };
  symbol.context = function (_) {
    return arguments.length ? ((context = _ == null ? null : _), symbol) : context;
  };
  return symbol;
}
function noop() {}
function point$3(that, x2, y2) {
  that._context.bezierCurveTo(
    (2 * that._x0 + that._x1) / 3,
    (2 * that._y0 + that._y1) / 3,
    (that._x0 + 2 * that._x1) / 3,
    (that._y0 + 2 * that._y1) / 3,
    (that._x0 + 4 * that._x1 + x2) / 6,
    (that._y0 + 4 * that._y1 + y2) / 6,
  );
}
function Basis(context) {
  this._context = context;
}
Basis.prototype = {
  areaStart: function () {
    this._line = 0;
  },
  areaEnd: function () {
    this._line = NaN;
  },
  lineStart: function () {
    this._x0 = this._x1 = this._y0 = this._y1 = NaN;
    this._point = 0;
  },
  lineEnd: function () {
    switch (this._point) {
      case 3:
        point$3(this, this._x1, this._y1);
      case 2:
        this._context.lineTo(this._x1, this._y1);
        break;
    }
    if (this._line || (this._line !== 0 && this._point === 1)) this._context.closePath();
    this._line = 1 - this._line;
  },
  point: function (x2, y2) {
    (x2 = +x2), (y2 = +y2);
    switch (this._point) {
      case 0:
        this._point = 1;
        this._line ? this._context.lineTo(x2, y2) : this._context.moveTo(x2, y2);
        break;
      case 1:
        this._point = 2;
        break;
      case 2:
        this._point = 3;
        this._context.lineTo((5 * this._x0 + this._x1) / 6, (5 * this._y0 + this._y1) / 6);
      default:
        point$3(this, x2, y2);
        break;
    }
    (this._x0 = this._x1), (this._x1 = x2);
    (this._y0 = this._y1), (this._y1 = y2);
  },
};
function basis(context) {
  return new Basis(context);
}
function BasisClosed(context) {
  this._context = context;
}
BasisClosed.prototype = {
  areaStart: noop,
  areaEnd: noop,
  lineStart: function () {
    this._x0 =
      this._x1 =
      this._x2 =
      this._x3 =
      this._x4 =
      this._y0 =
      this._y1 =
      this._y2 =
      this._y3 =
      this._y4 =
        NaN;
    this._point = 0;
  },
  lineEnd: function () {
    switch (this._point) {
      case 1: {
        this._context.moveTo(this._x2, this._y2);
        this._context.closePath();
        break;
      }
      case 2: {
        this._context.moveTo((this._x2 + 2 * this._x3) / 3, (this._y2 + 2 * this._y3) / 3);
        this._context.lineTo((this._x3 + 2 * this._x2) / 3, (this._y3 + 2 * this._y2) / 3);
        this._context.closePath();
        break;
      }
      case 3: {
        this.point(this._x2, this._y2);
        this.point(this._x3, this._y3);
        this.point(this._x4, this._y4);
        break;
      }
    }
  },
  point: function (x2, y2) {
    (x2 = +x2), (y2 = +y2);
    switch (this._point) {
      case 0:
        this._point = 1;
        (this._x2 = x2), (this._y2 = y2);
        break;
      case 1:
        this._point = 2;
        (this._x3 = x2), (this._y3 = y2);
        break;
      case 2:
        this._point = 3;
        (this._x4 = x2), (this._y4 = y2);
        this._context.moveTo((this._x0 + 4 * this._x1 + x2) / 6, (this._y0 + 4 * this._y1 + y2) / 6);
        break;
      default:
        point$3(this, x2, y2);
        break;
    }
    (this._x0 = this._x1), (this._x1 = x2);
    (this._y0 = this._y1), (this._y1 = y2);
  },
};
function basisClosed(context) {
  return new BasisClosed(context);
}
function BasisOpen(context) {
  this._context = context;
}
BasisOpen.prototype = {
  areaStart: function () {
    this._line = 0;
  },
  areaEnd: function () {
    this._line = NaN;
  },
  lineStart: function () {
    this._x0 = this._x1 = this._y0 = this._y1 = NaN;
    this._point = 0;
  },
  lineEnd: function () {
    if (this._line || (this._line !== 0 && this._point === 3)) this._context.closePath();
    this._line = 1 - this._line;
  },
  point: function (x2, y2) {
    (x2 = +x2), (y2 = +y2);
    switch (this._point) {
      case 0:
        this._point = 1;
        break;
      case 1:
        this._point = 2;
        break;
      case 2:
        this._point = 3;
        var x0 = (this._x0 + 4 * this._x1 + x2) / 6,
          y0 = (this._y0 + 4 * this._y1 + y2) / 6;
        this._line ? this._context.lineTo(x0, y0) : this._context.moveTo(x0, y0);
        break;
      case 3:
        this._point = 4;
      default:
        point$3(this, x2, y2);
        break;
    }
    (this._x0 = this._x1), (this._x1 = x2);
    (this._y0 = this._y1), (this._y1 = y2);
  },
};
function basisOpen(context) {
  return new BasisOpen(context);
}
function Bundle(context, beta) {
  this._basis = new Basis(context);
  this._beta = beta;
}
Bundle.prototype = {
  lineStart: function () {
    this._x = [];
    this._y = [];
    this._basis.lineStart();
  },
  lineEnd: function () {
    var x2 = this._x,
      y2 = this._y,
      j = x2.length - 1;
    if (j > 0) {
      var x0 = x2[0],
        y0 = y2[0],
        dx = x2[j] - x0,
        dy = y2[j] - y0,
        i = -1,
        t;
      while (++i <= j) {
        t = i / j;
        this._basis.point(
          this._beta * x2[i] + (1 - this._beta) * (x0 + t * dx),
          this._beta * y2[i] + (1 - this._beta) * (y0 + t * dy),
        );
      }
    }
    this._x = this._y = null;
    this._basis.lineEnd();
  },
  point: function (x2, y2) {
    this._x.push(+x2);
    this._y.push(+y2);
  },
};
var bundle = (function custom(beta) {
  function bundle2(context) {
    return beta === 1 ? new Basis(context) : new Bundle(context, beta);
  }
  bundle2.beta = (beta2) => custom(+beta2);
  return bundle2;
})(0.85);
function point$2(that, x2, y2) {
  that._context.bezierCurveTo(
    that._x1 + that._k * (that._x2 - that._x0),
    that._y1 + that._k * (that._y2 - that._y0),
    that._x2 + that._k * (that._x1 - x2),
    that._y2 + that._k * (that._y1 - y2),
    that._x2,
    that._y2,
  );
}
function Cardinal(context, tension) {
  this._context = context;
  this._k = (1 - tension) / 6;
}
Cardinal.prototype = {
  areaStart: function () {
    this._line = 0;
  },
  areaEnd: function () {
    this._line = NaN;
  },
  lineStart: function () {
    this._x0 = this._x1 = this._x2 = this._y0 = this._y1 = this._y2 = NaN;
    this._point = 0;
  },
  lineEnd: function () {
    switch (this._point) {
      case 2:
        this._context.lineTo(this._x2, this._y2);
        break;
      case 3:
        point$2(this, this._x1, this._y1);
        break;
    }
    if (this._line || (this._line !== 0 && this._point === 1)) this._context.closePath();
    this._line = 1 - this._line;
  },
  point: function (x2, y2) {
    (x2 = +x2), (y2 = +y2);
    switch (this._point) {
      case 0:
        this._point = 1;
        this._line ? this._context.lineTo(x2, y2) : this._context.moveTo(x2, y2);
        break;
      case 1:
        this._point = 2;
        (this._x1 = x2), (this._y1 = y2);
        break;
      case 2:
        this._point = 3;
      default:
        point$2(this, x2, y2);
        break;
    }
    (this._x0 = this._x1), (this._x1 = this._x2), (this._x2 = x2);
    (this._y0 = this._y1), (this._y1 = this._y2), (this._y2 = y2);
  },
};
var cardinal = (function custom2(tension) {
  function cardinal2(context) {
    return new Cardinal(context, tension);
  }
  cardinal2.tension = (tension2) => custom2(+tension2);
  return cardinal2;
})(0);
function CardinalClosed(context, tension) {
  this._context = context;
  this._k = (1 - tension) / 6;
}
CardinalClosed.prototype = {
  areaStart: noop,
  areaEnd: noop,
  lineStart: function () {
    this._x0 =
      this._x1 =
      this._x2 =
      this._x3 =
      this._x4 =
      this._x5 =
      this._y0 =
      this._y1 =
      this._y2 =
      this._y3 =
      this._y4 =
      this._y5 =
        NaN;
    this._point = 0;
  },
  lineEnd: function () {
    switch (this._point) {
      case 1: {
        this._context.moveTo(this._x3, this._y3);
        this._context.closePath();
        break;
      }
      case 2: {
        this._context.lineTo(this._x3, this._y3);
        this._context.closePath();
        break;
      }
      case 3: {
        this.point(this._x3, this._y3);
        this.point(this._x4, this._y4);
        this.point(this._x5, this._y5);
        break;
      }
    }
  },
  point: function (x2, y2) {
    (x2 = +x2), (y2 = +y2);
    switch (this._point) {
      case 0:
        this._point = 1;
        (this._x3 = x2), (this._y3 = y2);
        break;
      case 1:
        this._point = 2;
        this._context.moveTo((this._x4 = x2), (this._y4 = y2));
        break;
      case 2:
        this._point = 3;
        (this._x5 = x2), (this._y5 = y2);
        break;
      default:
        point$2(this, x2, y2);
        break;
    }
    (this._x0 = this._x1), (this._x1 = this._x2), (this._x2 = x2);
    (this._y0 = this._y1), (this._y1 = this._y2), (this._y2 = y2);
  },
};
var cardinalClosed = (function custom3(tension) {
  function cardinal2(context) {
    return new CardinalClosed(context, tension);
  }
  cardinal2.tension = (tension2) => custom3(+tension2);
  return cardinal2;
})(0);
function CardinalOpen(context, tension) {
  this._context = context;
  this._k = (1 - tension) / 6;
}
CardinalOpen.prototype = {
  areaStart: function () {
    this._line = 0;
  },
  areaEnd: function () {
    this._line = NaN;
  },
  lineStart: function () {
    this._x0 = this._x1 = this._x2 = this._y0 = this._y1 = this._y2 = NaN;
    this._point = 0;
  },
  lineEnd: function () {
    if (this._line || (this._line !== 0 && this._point === 3)) this._context.closePath();
    this._line = 1 - this._line;
  },
  point: function (x2, y2) {
    (x2 = +x2), (y2 = +y2);
    switch (this._point) {
      case 0:
        this._point = 1;
        break;
      case 1:
        this._point = 2;
        break;
      case 2:
        this._point = 3;
        this._line ? this._context.lineTo(this._x2, this._y2) : this._context.moveTo(this._x2, this._y2);
        break;
      case 3:
        this._point = 4;
      default:
        point$2(this, x2, y2);
        break;
    }
    (this._x0 = this._x1), (this._x1 = this._x2), (this._x2 = x2);
    (this._y0 = this._y1), (this._y1 = this._y2), (this._y2 = y2);
  },
};
var cardinalOpen = (function custom4(tension) {
  function cardinal2(context) {
    return new CardinalOpen(context, tension);
  }
  cardinal2.tension = (tension2) => custom4(+tension2);
  return cardinal2;
})(0);
function point$1(that, x2, y2) {
  var x1 = that._x1,
    y1 = that._y1,
    x22 = that._x2,
    y22 = that._y2;
  if (that._l01_a > epsilon2) {
    var a2 = 2 * that._l01_2a + 3 * that._l01_a * that._l12_a + that._l12_2a,
      n = 3 * that._l01_a * (that._l01_a + that._l12_a);
    x1 = (x1 * a2 - that._x0 * that._l12_2a + that._x2 * that._l01_2a) / n;
    y1 = (y1 * a2 - that._y0 * that._l12_2a + that._y2 * that._l01_2a) / n;
  }
  if (that._l23_a > epsilon2) {
    var b = 2 * that._l23_2a + 3 * that._l23_a * that._l12_a + that._l12_2a,
      m = 3 * that._l23_a * (that._l23_a + that._l12_a);
    x22 = (x22 * b + that._x1 * that._l23_2a - x2 * that._l12_2a) / m;
    y22 = (y22 * b + that._y1 * that._l23_2a - y2 * that._l12_2a) / m;
  }
  that._context.bezierCurveTo(x1, y1, x22, y22, that._x2, that._y2);
}
function CatmullRom(context, alpha) {
  this._context = context;
  this._alpha = alpha;
}
CatmullRom.prototype = {
  areaStart: function () {
    this._line = 0;
  },
  areaEnd: function () {
    this._line = NaN;
  },
  lineStart: function () {
    this._x0 = this._x1 = this._x2 = this._y0 = this._y1 = this._y2 = NaN;
    this._l01_a = this._l12_a = this._l23_a = this._l01_2a = this._l12_2a = this._l23_2a = this._point = 0;
  },
  lineEnd: function () {
    switch (this._point) {
      case 2:
        this._context.lineTo(this._x2, this._y2);
        break;
      case 3:
        this.point(this._x2, this._y2);
        break;
    }
    if (this._line || (this._line !== 0 && this._point === 1)) this._context.closePath();
    this._line = 1 - this._line;
  },
  point: function (x2, y2) {
    (x2 = +x2), (y2 = +y2);
    if (this._point) {
      var x23 = this._x2 - x2,
        y23 = this._y2 - y2;
      this._l23_a = Math.sqrt((this._l23_2a = (x23 * x23 + y23 * y23) ** this._alpha));
    }
    switch (this._point) {
      case 0:
        this._point = 1;
        this._line ? this._context.lineTo(x2, y2) : this._context.moveTo(x2, y2);
        break;
      case 1:
        this._point = 2;
        break;
      case 2:
        this._point = 3;
      default:
        point$1(this, x2, y2);
        break;
    }
    (this._l01_a = this._l12_a), (this._l12_a = this._l23_a);
    (this._l01_2a = this._l12_2a), (this._l12_2a = this._l23_2a);
    (this._x0 = this._x1), (this._x1 = this._x2), (this._x2 = x2);
    (this._y0 = this._y1), (this._y1 = this._y2), (this._y2 = y2);
  },
};
var catmullRom = (function custom5(alpha) {
  function catmullRom2(context) {
    return alpha ? new CatmullRom(context, alpha) : new Cardinal(context, 0);
  }
  catmullRom2.alpha = (alpha2) => custom5(+alpha2);
  return catmullRom2;
})(0.5);
function CatmullRomClosed(context, alpha) {
  this._context = context;
  this._alpha = alpha;
}
CatmullRomClosed.prototype = {
  areaStart: noop,
  areaEnd: noop,
  lineStart: function () {
    this._x0 =
      this._x1 =
      this._x2 =
      this._x3 =
      this._x4 =
      this._x5 =
      this._y0 =
      this._y1 =
      this._y2 =
      this._y3 =
      this._y4 =
      this._y5 =
        NaN;
    this._l01_a = this._l12_a = this._l23_a = this._l01_2a = this._l12_2a = this._l23_2a = this._point = 0;
  },
  lineEnd: function () {
    switch (this._point) {
      case 1: {
        this._context.moveTo(this._x3, this._y3);
        this._context.closePath();
        break;
      }
      case 2: {
        this._context.lineTo(this._x3, this._y3);
        this._context.closePath();
        break;
      }
      case 3: {
        this.point(this._x3, this._y3);
        this.point(this._x4, this._y4);
        this.point(this._x5, this._y5);
        break;
      }
    }
  },
  point: function (x2, y2) {
    (x2 = +x2), (y2 = +y2);
    if (this._point) {
      var x23 = this._x2 - x2,
        y23 = this._y2 - y2;
      this._l23_a = Math.sqrt((this._l23_2a = (x23 * x23 + y23 * y23) ** this._alpha));
    }
    switch (this._point) {
      case 0:
        this._point = 1;
        (this._x3 = x2), (this._y3 = y2);
        break;
      case 1:
        this._point = 2;
        this._context.moveTo((this._x4 = x2), (this._y4 = y2));
        break;
      case 2:
        this._point = 3;
        (this._x5 = x2), (this._y5 = y2);
        break;
      default:
        point$1(this, x2, y2);
        break;
    }
    (this._l01_a = this._l12_a), (this._l12_a = this._l23_a);
    (this._l01_2a = this._l12_2a), (this._l12_2a = this._l23_2a);
    (this._x0 = this._x1), (this._x1 = this._x2), (this._x2 = x2);
    (this._y0 = this._y1), (this._y1 = this._y2), (this._y2 = y2);
  },
};
var catmullRomClosed = (function custom6(alpha) {
  function catmullRom2(context) {
    return alpha ? new CatmullRomClosed(context, alpha) : new CardinalClosed(context, 0);
  }
  catmullRom2.alpha = (alpha2) => custom6(+alpha2);
  return catmullRom2;
})(0.5);
function CatmullRomOpen(context, alpha) {
  this._context = context;
  this._alpha = alpha;
}
CatmullRomOpen.prototype = {
  areaStart: function () {
    this._line = 0;
  },
  areaEnd: function () {
    this._line = NaN;
  },
  lineStart: function () {
    this._x0 = this._x1 = this._x2 = this._y0 = this._y1 = this._y2 = NaN;
    this._l01_a = this._l12_a = this._l23_a = this._l01_2a = this._l12_2a = this._l23_2a = this._point = 0;
  },
  lineEnd: function () {
    if (this._line || (this._line !== 0 && this._point === 3)) this._context.closePath();
    this._line = 1 - this._line;
  },
  point: function (x2, y2) {
    (x2 = +x2), (y2 = +y2);
    if (this._point) {
      var x23 = this._x2 - x2,
        y23 = this._y2 - y2;
      this._l23_a = Math.sqrt((this._l23_2a = (x23 * x23 + y23 * y23) ** this._alpha));
    }
    switch (this._point) {
      case 0:
        this._point = 1;
        break;
      case 1:
        this._point = 2;
        break;
      case 2:
        this._point = 3;
        this._line ? this._context.lineTo(this._x2, this._y2) : this._context.moveTo(this._x2, this._y2);
        break;
      case 3:
        this._point = 4;
      default:
        point$1(this, x2, y2);
        break;
    }
    (this._l01_a = this._l12_a), (this._l12_a = this._l23_a);
    (this._l01_2a = this._l12_2a), (this._l12_2a = this._l23_2a);
    (this._x0 = this._x1), (this._x1 = this._x2), (this._x2 = x2);
    (this._y0 = this._y1), (this._y1 = this._y2), (this._y2 = y2);
  },
};
var catmullRomOpen = (function custom7(alpha) {
  function catmullRom2(context) {
    return alpha ? new CatmullRomOpen(context, alpha) : new CardinalOpen(context, 0);
  }
  catmullRom2.alpha = (alpha2) => custom7(+alpha2);
  return catmullRom2;
})(0.5);
function LinearClosed(context) {
  this._context = context;
}
LinearClosed.prototype = {
  areaStart: noop,
  areaEnd: noop,
  lineStart: function () {
    this._point = 0;
  },
  lineEnd: function () {
    if (this._point) this._context.closePath();
  },
  point: function (x2, y2) {
    (x2 = +x2), (y2 = +y2);
    if (this._point) this._context.lineTo(x2, y2);
    else (this._point = 1), this._context.moveTo(x2, y2);
  },
};
function linearClosed(context) {
  return new LinearClosed(context);
}
function sign(x2) {
  return x2 < 0 ? -1 : 1;
}
function slope3(that, x2, y2) {
  var h0 = that._x1 - that._x0,
    h1 = x2 - that._x1,
    s0 = (that._y1 - that._y0) / (h0 || (h1 < 0 && -0)),
    s1 = (y2 - that._y1) / (h1 || (h0 < 0 && -0)),
    p = (s0 * h1 + s1 * h0) / (h0 + h1);
  return (sign(s0) + sign(s1)) * Math.min(Math.abs(s0), Math.abs(s1), 0.5 * Math.abs(p)) || 0;
}
function slope2(that, t) {
  var h = that._x1 - that._x0;
  return h ? ((3 * (that._y1 - that._y0)) / h - t) / 2 : t;
}
function point(that, t0, t1) {
  var x0 = that._x0,
    y0 = that._y0,
    x1 = that._x1,
    y1 = that._y1,
    dx = (x1 - x0) / 3;
  that._context.bezierCurveTo(x0 + dx, y0 + dx * t0, x1 - dx, y1 - dx * t1, x1, y1);
}
function MonotoneX(context) {
  this._context = context;
}
MonotoneX.prototype = {
  areaStart: function () {
    this._line = 0;
  },
  areaEnd: function () {
    this._line = NaN;
  },
  lineStart: function () {
    this._x0 = this._x1 = this._y0 = this._y1 = this._t0 = NaN;
    this._point = 0;
  },
  lineEnd: function () {
    switch (this._point) {
      case 2:
        this._context.lineTo(this._x1, this._y1);
        break;
      case 3:
        point(this, this._t0, slope2(this, this._t0));
        break;
    }
    if (this._line || (this._line !== 0 && this._point === 1)) this._context.closePath();
    this._line = 1 - this._line;
  },
  point: function (x2, y2) {
    var t1 = NaN;
    (x2 = +x2), (y2 = +y2);
    if (x2 === this._x1 && y2 === this._y1) return;
    switch (this._point) {
      case 0:
        this._point = 1;
        this._line ? this._context.lineTo(x2, y2) : this._context.moveTo(x2, y2);
        break;
      case 1:
        this._point = 2;
        break;
      case 2:
        this._point = 3;
        point(this, slope2(this, (t1 = slope3(this, x2, y2))), t1);
        break;
      default:
        point(this, this._t0, (t1 = slope3(this, x2, y2)));
        break;
    }
    (this._x0 = this._x1), (this._x1 = x2);
    (this._y0 = this._y1), (this._y1 = y2);
    this._t0 = t1;
  },
};
function MonotoneY(context) {
  this._context = new ReflectContext(context);
}
(MonotoneY.prototype = Object.create(MonotoneX.prototype)).point = function (x2, y2) {
  MonotoneX.prototype.point.call(this, y2, x2);
};
function ReflectContext(context) {
  this._context = context;
}
ReflectContext.prototype = {
  moveTo: function (x2, y2) {
    this._context.moveTo(y2, x2);
  },
  closePath: function () {
    this._context.closePath();
  },
  lineTo: function (x2, y2) {
    this._context.lineTo(y2, x2);
  },
  bezierCurveTo: function (x1, y1, x2, y2, x3, y3) {
    this._context.bezierCurveTo(y1, x1, y2, x2, y3, x3);
  },
};
function monotoneX(context) {
  return new MonotoneX(context);
}
function monotoneY(context) {
  return new MonotoneY(context);
}
function Natural(context) {
  this._context = context;
}
Natural.prototype = {
  areaStart: function () {
    this._line = 0;
  },
  areaEnd: function () {
    this._line = NaN;
  },
  lineStart: function () {
    this._x = [];
    this._y = [];
  },
  lineEnd: function () {
    var x2 = this._x,
      y2 = this._y,
      n = x2.length;
    if (n) {
      this._line ? this._context.lineTo(x2[0], y2[0]) : this._context.moveTo(x2[0], y2[0]);
      if (n === 2) {
        this._context.lineTo(x2[1], y2[1]);
      } else {
        var px = controlPoints(x2),
          py = controlPoints(y2);
        for (var i0 = 0, i1 = 1; i1 < n; ++i0, ++i1) {
          this._context.bezierCurveTo(px[0][i0], py[0][i0], px[1][i0], py[1][i0], x2[i1], y2[i1]);
        }
      }
    }
    if (this._line || (this._line !== 0 && n === 1)) this._context.closePath();
    this._line = 1 - this._line;
    this._x = this._y = null;
  },
  point: function (x2, y2) {
    this._x.push(+x2);
    this._y.push(+y2);
  },
};
function controlPoints(x2) {
  var i,
    n = x2.length - 1,
    m,
    a2 = new Array(n),
    b = new Array(n),
    r = new Array(n);
  (a2[0] = 0), (b[0] = 2), (r[0] = x2[0] + 2 * x2[1]);
  for (i = 1; i < n - 1; ++i) (a2[i] = 1), (b[i] = 4), (r[i] = 4 * x2[i] + 2 * x2[i + 1]);
  (a2[n - 1] = 2), (b[n - 1] = 7), (r[n - 1] = 8 * x2[n - 1] + x2[n]);
  for (i = 1; i < n; ++i) (m = a2[i] / b[i - 1]), (b[i] -= m), (r[i] -= m * r[i - 1]);
  a2[n - 1] = r[n - 1] / b[n - 1];
  for (i = n - 2; i >= 0; --i) a2[i] = (r[i] - a2[i + 1]) / b[i];
  b[n - 1] = (x2[n] + a2[n - 1]) / 2;
  for (i = 0; i < n - 1; ++i) b[i] = 2 * x2[i + 1] - a2[i + 1];
  return [a2, b];
}
function natural(context) {
  return new Natural(context);
}
function Step(context, t) {
  this._context = context;
  this._t = t;
}
Step.prototype = {
  areaStart: function () {
    this._line = 0;
  },
  areaEnd: function () {
    this._line = NaN;
  },
  lineStart: function () {
    this._x = this._y = NaN;
    this._point = 0;
  },
  lineEnd: function () {
    if (0 < this._t && this._t < 1 && this._point === 2) this._context.lineTo(this._x, this._y);
    if (this._line || (this._line !== 0 && this._point === 1)) this._context.closePath();
    if (this._line >= 0) (this._t = 1 - this._t), (this._line = 1 - this._line);
  },
  point: function (x2, y2) {
    (x2 = +x2), (y2 = +y2);
    switch (this._point) {
      case 0:
        this._point = 1;
        this._line ? this._context.lineTo(x2, y2) : this._context.moveTo(x2, y2);
        break;
      case 1:
        this._point = 2;
      default: {
        if (this._t <= 0) {
          this._context.lineTo(this._x, y2);
          this._context.lineTo(x2, y2);
        } else {
          var x1 = this._x * (1 - this._t) + x2 * this._t;
          this._context.lineTo(x1, this._y);
          this._context.lineTo(x1, y2);
        }
        break;
      }
    }
    (this._x = x2), (this._y = y2);
  },
};
function step(context) {
  return new Step(context, 0.5);
}
function stepBefore(context) {
  return new Step(context, 0);
}
function stepAfter(context) {
  return new Step(context, 1);
}
function none$1(series, order) {
  if (!((n = series.length) > 1)) return;
  for (var i = 1, j, s0, s1 = series[order[0]], n, m = s1.length; i < n; ++i) {
    (s0 = s1), (s1 = series[order[i]]);
    for (j = 0; j < m; ++j) {
      s1[j][1] += s1[j][0] = isNaN(s0[j][1]) ? s0[j][0] : s0[j][1];
    }
  }
}
function none(series) {
  var n = series.length,
    o = new Array(n);
  while (--n >= 0) o[n] = n;
  return o;
}
function stackValue(d, key) {
  return d[key];
}
function stackSeries(key) {
  const series = [];
  series.key = key;
  return series;
}
function stack() {
  var keys = constant([]),
    order = none,
    offset = none$1,
    value = stackValue;
  function stack2(data) {
    var sz = Array.from(keys.apply(this, arguments), stackSeries),
      i,
      n = sz.length,
      j = -1,
      oz;
    for (const d of data) {
      for (i = 0, ++j; i < n; ++i) {
        (sz[i][j] = [0, +value(d, sz[i].key, j, data)]).data = d;
      }
    }
    for (i = 0, oz = array(order(sz)); i < n; ++i) {
      sz[oz[i]].index = i;
    }
    offset(sz, oz);
    return sz;
  }
  stack2.keys = function (_) {
    return arguments.length ? ((keys = typeof _ === "function" ? _ : constant(Array.from(_))), stack2) : keys;
  };
  stack2.value = function (_) {
    return arguments.length ? ((value = typeof _ === "function" ? _ : constant(+_)), stack2) : value;
  };
  stack2.order = function (_) {
    return arguments.length
      ? ((order = _ == null ? none : typeof _ === "function" ? _ : constant(Array.from(_))), stack2)
      : order;
  };
  stack2.offset = function (_) {
    return arguments.length ? ((offset = _ == null ? none$1 : _), stack2) : offset;
  };
  return stack2;
}
function expand(series, order) {
  if (!((n = series.length) > 0)) return;
  for (var i, n, j = 0, m = series[0].length, y2; j < m; ++j) {
    for (y2 = i = 0; i < n; ++i) y2 += series[i][j][1] || 0;
    if (y2) for (i = 0; i < n; ++i) series[i][j][1] /= y2;
  }
  none$1(series, order);
}
function diverging(series, order) {
  if (!((n = series.length) > 0)) return;
  for (var i, j = 0, d, dy, yp, yn, n, m = series[order[0]].length; j < m; ++j) {
    for (yp = yn = 0, i = 0; i < n; ++i) {
      if ((dy = (d = series[order[i]][j])[1] - d[0]) > 0) {
        (d[0] = yp), (d[1] = yp += dy);
      } else if (dy < 0) {
        (d[1] = yn), (d[0] = yn += dy);
      } else {
        (d[0] = 0), (d[1] = dy);
      }
    }
  }
}
function silhouette(series, order) {
  if (!((n = series.length) > 0)) return;
  for (var j = 0, s0 = series[order[0]], n, m = s0.length; j < m; ++j) {
    for (var i = 0, y2 = 0; i < n; ++i) y2 += series[i][j][1] || 0;
    s0[j][1] += s0[j][0] = -y2 / 2;
  }
  none$1(series, order);
}
function wiggle(series, order) {
  if (!((n = series.length) > 0) || !((m = (s0 = series[order[0]]).length) > 0)) return;
  for (var y2 = 0, j = 1, s0, m, n; j < m; ++j) {
    for (var i = 0, s1 = 0, s2 = 0; i < n; ++i) {
      var si = series[order[i]],
        sij0 = si[j][1] || 0,
        sij1 = si[j - 1][1] || 0,
        s3 = (sij0 - sij1) / 2;
      for (var k2 = 0; k2 < i; ++k2) {
        var sk = series[order[k2]],
          skj0 = sk[j][1] || 0,
          skj1 = sk[j - 1][1] || 0;
        s3 += skj0 - skj1;
      }
      (s1 += sij0), (s2 += s3 * sij0);
    }
    s0[j - 1][1] += s0[j - 1][0] = y2;
    if (s1) y2 -= s2 / s1;
  }
  s0[j - 1][1] += s0[j - 1][0] = y2;
  none$1(series, order);
}
function appearance(series) {
  var peaks = series.map(peak);
  return none(series).sort((a2, b) => peaks[a2] - peaks[b]);
}
function peak(series) {
  var i = -1,
    j = 0,
    n = series.length,
    vi,
    vj = -Infinity;
  while (++i < n) if ((vi = +series[i][1]) > vj) (vj = vi), (j = i);
  return j;
}
function ascending(series) {
  var sums = series.map(sum);
  return none(series).sort((a2, b) => sums[a2] - sums[b]);
}
function sum(series) {
  var s2 = 0,
    i = -1,
    n = series.length,
    v;
  while (++i < n) if ((v = +series[i][1])) s2 += v;
  return s2;
}
function descending(series) {
  return ascending(series).reverse();
}
function insideOut(series) {
  var n = series.length,
    i,
    j,
    sums = series.map(sum),
    order = appearance(series),
    top = 0,
    bottom = 0,
    tops = [],
    bottoms = [];
  for (i = 0; i < n; ++i) {
    j = order[i];
    if (top < bottom) {
      top += sums[j];
      tops.push(j);
    } else {
      bottom += sums[j];
      bottoms.push(j);
    }
  }
  return bottoms.reverse().concat(tops);
}
function reverse(series) {
  return none(series).reverse();
}

export {
  appearance as stackOrderAppearance,
  arc,
  area,
  areaRadial,
  areaRadial as radialArea,
  ascending as stackOrderAscending,
  asterisk as symbolAsterisk,
  basis as curveBasis,
  basisClosed as curveBasisClosed,
  basisOpen as curveBasisOpen,
  bumpX as curveBumpX,
  bumpY as curveBumpY,
  bundle as curveBundle,
  cardinal as curveCardinal,
  cardinalClosed as curveCardinalClosed,
  cardinalOpen as curveCardinalOpen,
  catmullRom as curveCatmullRom,
  catmullRomClosed as curveCatmullRomClosed,
  catmullRomOpen as curveCatmullRomOpen,
  circle as symbolCircle,
  cross as symbolCross,
  curveLinear,
  descending as stackOrderDescending,
  diamond as symbolDiamond,
  diamond2 as symbolDiamond2,
  diverging as stackOffsetDiverging,
  expand as stackOffsetExpand,
  insideOut as stackOrderInsideOut,
  line,
  linearClosed as curveLinearClosed,
  lineRadial_default as lineRadial,
  lineRadial_default as radialLine,
  link,
  linkHorizontal,
  linkRadial,
  linkVertical,
  monotoneX as curveMonotoneX,
  monotoneY as curveMonotoneY,
  natural as curveNatural,
  none as stackOrderNone,
  none$1 as stackOffsetNone,
  pie,
  plus as symbolPlus,
  pointRadial,
  reverse as stackOrderReverse,
  Symbol as symbol,
  silhouette as stackOffsetSilhouette,
  square as symbolSquare,
  square2 as symbolSquare2,
  stack,
  star as symbolStar,
  step as curveStep,
  stepAfter as curveStepAfter,
  stepBefore as curveStepBefore,
  symbolsFill as symbols,
  symbolsFill,
  symbolsStroke,
  times as symbolTimes,
  times as symbolX,
  triangle as symbolTriangle,
  triangle2 as symbolTriangle2,
  wiggle as stackOffsetWiggle,
  wye as symbolWye,
};
//# sourceMappingURL=d3-shape.js.map
