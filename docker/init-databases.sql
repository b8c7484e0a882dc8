-- One database per subgraph: each agency system keeps its own store. Only its own role may connect
-- (granted by the migrate step, which also revokes CONNECT from PUBLIC).
CREATE DATABASE satupintu_families;
CREATE DATABASE satupintu_services;
CREATE DATABASE satupintu_referrals;
CREATE DATABASE satupintu_scheduling;
