-- One database per subgraph: each agency system keeps its own store (DESIGN.md §1).
CREATE DATABASE satupintu_families;
CREATE DATABASE satupintu_services;
CREATE DATABASE satupintu_referrals;
CREATE DATABASE satupintu_scheduling;
