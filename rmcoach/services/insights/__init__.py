"""Insights: client value and loyalty, the portfolio, snapshots, the coaching mirror."""
